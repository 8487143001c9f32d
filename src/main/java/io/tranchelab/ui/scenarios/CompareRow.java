package io.tranchelab.ui.scenarios;

import io.tranchelab.sim.TrancheMetrics;

import java.util.Optional;

/**
 * One tranche under one scenario in the compare table. Without a structure B every row is one
 * of A's tranches. With B (run on the same scenario, seed and paths) every tranche of either
 * stack has a row, paired by name: a tranche only one of them has shows its figures on that
 * side and nothing on the other.
 *
 * @param tranche           the tranche's name, in A's or B's stack
 * @param a                 A's metrics of the tranche, if A has one of that name
 * @param expectedLossDelta A's expected loss minus the same tranche's in A's base case, if A has it
 * @param b                 B's metrics of the tranche of the same name, if B is shown and has one
 * @param side              which stacks hold the tranche
 */
public record CompareRow(String scenario, String tranche, Optional<TrancheMetrics> a,
                         Optional<Double> expectedLossDelta, Optional<TrancheMetrics> b, Side side) {

    /** Which stacks hold a row's tranche. */
    public enum Side {
        /** No structure B is shown. */
        A_ALONE(""),
        BOTH(""),
        ONLY_IN_A("only in A"),
        ONLY_IN_B("only in B"),
        /** B is shown but has no scenario of this name, so B was not run under it. */
        SCENARIO_NOT_IN_B("scenario not in B");

        private final String mark;

        Side(String mark) {
            this.mark = mark;
        }

        /** What the table says next to the tranche's name: "" or "only in A" / "only in B". */
        public String mark() {
            return mark;
        }
    }

    /** A row of A's with no B shown. */
    static CompareRow ofA(String scenario, TrancheMetrics a, double expectedLossDelta) {
        return new CompareRow(scenario, a.name(), Optional.of(a), Optional.of(expectedLossDelta), Optional.empty(),
                Side.A_ALONE);
    }

    /** "Junior (only in B)": the name, with the mark that says why the row's other side is empty. */
    public String trancheLabel() {
        return side.mark().isEmpty() ? tranche : tranche + " (" + side.mark() + ")";
    }

    /** B's expected loss minus A's, when both have the tranche. */
    public Optional<Double> expectedLossBMinusA() {
        return a.flatMap(ma -> b.map(mb -> mb.expectedLoss() - ma.expectedLoss()));
    }
}

package io.tranchelab.ui.scenarios;

import io.tranchelab.sim.TrancheMetrics;

import java.util.Optional;

/**
 * One tranche under one scenario in the compare table, with structure B's figures when an A/B
 * comparison is shown (B run on the same scenario, seed and paths).
 *
 * @param expectedLossDelta expected loss minus the same tranche's in the base case
 * @param b                 structure B's metrics of the tranche of the same name, if B has one
 */
public record CompareRow(String scenario, TrancheMetrics a, double expectedLossDelta, Optional<TrancheMetrics> b) {

    /** B's expected loss minus A's, when B is shown. */
    public Optional<Double> expectedLossBMinusA() {
        return b.map(m -> m.expectedLoss() - a.expectedLoss());
    }
}

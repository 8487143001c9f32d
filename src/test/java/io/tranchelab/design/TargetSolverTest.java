package io.tranchelab.design;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.SimulationCancelledException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The solver's interval, progress and cancellation (docs/model.md §14.8, "The Monte Carlo interval"). */
class TargetSolverTest {

    /** Answers 1, 2, 3: mean 2, sd 1, and t(0.975, 2) = 4.302653 from a published t table. */
    @Test
    void intervalIsTheStudentTIntervalOfTheMeanWidenedByTheTolerance() {
        MonteCarloInterval i = MonteCarloInterval.of(List.of(1.0, 2.0, 3.0), 0, 0.01);
        assertEquals(2, i.mean(), 1e-12);
        assertEquals(1, i.standardDeviation(), 1e-12);
        double half = 4.302653 / Math.sqrt(3) + 0.01;
        assertEquals(2 - half, i.low(), 1e-6);
        assertEquals(2 + half, i.high(), 1e-6);
        MonteCarloInterval one = MonteCarloInterval.of(List.of(0.5), 2, 0.01);
        assertEquals(0.49, one.low(), 1e-12, "one seed: the tolerance alone");
        assertEquals(2, one.seedsWithoutCrossing());
    }

    @Test
    void progressRisesToOneAndCancelStops() {
        Structure firm = DesignStructures.mertonFirm(0.8, 0.05, 0.7, 1, 4, 500, 3);
        SolveQuestion q = SolveQuestions.seniorShare(firm, Scenario.BASE_NAME, 0.02);
        List<Double> reports = new ArrayList<>();
        TargetSolver.solve(q, new DesignRun(Scenario.BASE_NAME, List.of(3L, 4L), 500), 1, reports::add,
                CancellationToken.none());
        for (int k = 1; k < reports.size(); k++) {
            assertTrue(reports.get(k) >= reports.get(k - 1), "progress went back: " + reports);
        }
        assertEquals(1.0, reports.get(reports.size() - 1), 1e-12);

        CancellationToken cancel = new CancellationToken();
        List<Double> seen = new ArrayList<>();
        assertThrows(SimulationCancelledException.class, () -> TargetSolver.solve(q,
                new DesignRun(Scenario.BASE_NAME, List.of(3L, 4L), 500), 1, f -> {
                    seen.add(f);
                    cancel.cancel();
                }, cancel));
        assertEquals(1, seen.size(), "no run after the cancel");
    }

    @Test
    void aValueThatMakesNoValidStructureNamesThePointer() {
        Structure firm = DesignStructures.mertonFirm(0.8, 0.05, 0.7, 1, 4, 100, 3);
        SolvedParameter bad = new SolvedParameter("/tranches/0/nope", "nothing", MetricUnit.FRACTION, 0, 1, 0.1,
                Double.NaN);
        SolveQuestion q = SolveQuestions.seniorShare(firm, Scenario.BASE_NAME, 0.02);
        SolveQuestion broken = new SolveQuestion("broken", bad, q.metricLabel(), q.metricUnit(), q.metric(),
                q.comparison(), q.target(), v -> new SolveQuestion.Trial(StructureOverrides.apply(firm,
                        bad.overridesAt(v)), Scenario.BASE_NAME));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetSolver.solve(broken,
                new DesignRun(Scenario.BASE_NAME, List.of(3L), 100), 1, ProgressListener.NONE,
                CancellationToken.none()));
        assertTrue(e.getMessage().contains("/tranches/0/nope"), e.getMessage());
    }
}

package io.tranchelab.ui.analyze;

import io.tranchelab.design.DesignRun;
import io.tranchelab.design.SolveAnswer;
import io.tranchelab.design.SolveQuestion;
import io.tranchelab.design.SolvedParameter;
import io.tranchelab.design.StructureOverrides;
import io.tranchelab.design.SweepEngine;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

/**
 * A solver's answer checked by direct runs, as issue 12 asks: the structure with the answer
 * applied (the very edit Apply would make) run on the first seed and paths, and the same a
 * tolerance beyond it; the target must hold at the answer and fail beyond. The search saw these
 * values too, but through its own trial structures; this reruns what Apply would leave.
 *
 * @param atAnswer   the metric with the answer applied
 * @param holds      whether the target holds there
 * @param atBeyond   the metric a tolerance beyond the answer
 * @param failsBeyond whether the target fails there
 */
public record DirectCheck(double answer, double atAnswer, boolean holds, double beyond, double atBeyond,
                          boolean failsBeyond) {

    /** Both runs on the run's first seed; null when the answer found no crossing. */
    static DirectCheck of(Structure base, SolveAnswer answer, DesignRun run, int threads, CancellationToken cancel) {
        if (Double.isNaN(answer.answer()) || Double.isNaN(answer.beyond())) {
            return null;
        }
        SolveQuestion q = answer.question();
        double at = metric(base, q, answer.answer(), run, threads, cancel);
        double past = metric(base, q, answer.beyond(), run, threads, cancel);
        return new DirectCheck(answer.answer(), at, q.comparison().holds(at, q.target()), answer.beyond(), past,
                !q.comparison().holds(past, q.target()));
    }

    /**
     * The metric with the parameter at {@code value}: a field of the structure is set through the
     * overrides Apply uses; a stress (no field) is run as the question builds it.
     */
    private static double metric(Structure base, SolveQuestion q, double value, DesignRun run, int threads,
                                 CancellationToken cancel) {
        SolvedParameter p = q.parameter();
        Structure structure;
        String scenario;
        if (p.pointer() != null) {
            structure = StructureOverrides.apply(base, p.overridesAt(value));
            scenario = run.scenario();
        } else {
            SolveQuestion.Trial trial = q.trialAt().apply(value);
            structure = trial.structure();
            scenario = trial.scenario();
        }
        return q.metric().applyAsDouble(SweepEngine.simulate(structure, scenario, run.seeds().get(0), run.paths(),
                threads, ProgressListener.NONE, cancel));
    }

    boolean confirms() {
        return holds && failsBeyond;
    }
}

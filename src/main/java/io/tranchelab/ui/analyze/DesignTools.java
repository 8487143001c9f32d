package io.tranchelab.ui.analyze;

import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.AlignmentMap;
import io.tranchelab.design.Bump;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MapAxis;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.Sensitivity;
import io.tranchelab.design.SolveAnswer;
import io.tranchelab.design.SolveQuestion;
import io.tranchelab.design.TargetSolver;
import io.tranchelab.design.Target;
import io.tranchelab.design.Tornado;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import java.util.function.Consumer;

/**
 * The design package's tools as the Analyze window runs them (off the UI thread, on every core),
 * behind an interface so view-model tests can substitute fakes that answer at once or never.
 */
public interface DesignTools {

    Tornado tornado(Structure base, MetricSpec metric, Bump bump, DesignRun run, ProgressListener progress,
                    CancellationToken cancel);

    /** @param onProgress told each pass's snapshot, on the calling (background) thread */
    AlignmentGrid map(Structure base, MapAxis x, MapAxis y, MetricSpec metric, Target target, DesignRun run,
                      ProgressListener progress, CancellationToken cancel, Consumer<AlignmentGrid> onProgress);

    /**
     * Solves the question on the run's seeds and checks the answer by direct runs; the check's
     * two runs are the last tenth of the progress.
     */
    Solved solve(Structure base, SolveQuestion question, DesignRun run, ProgressListener progress,
                 CancellationToken cancel);

    /** A solver's answer and its direct-run check (null when nothing was found to check). */
    record Solved(SolveAnswer answer, DirectCheck check) {
    }

    /** The core, on as many threads as the machine has cores (the runs are deterministic for any count). */
    DesignTools CORE = new DesignTools() {
        @Override
        public Tornado tornado(Structure base, MetricSpec metric, Bump bump, DesignRun run,
                               ProgressListener progress, CancellationToken cancel) {
            return Sensitivity.tornado(base, metric, bump, run, threads(), progress, cancel);
        }

        @Override
        public AlignmentGrid map(Structure base, MapAxis x, MapAxis y, MetricSpec metric, Target target,
                                 DesignRun run, ProgressListener progress, CancellationToken cancel,
                                 Consumer<AlignmentGrid> onProgress) {
            return AlignmentMap.compute(base, x, y, metric, target, run, threads(), progress, cancel, onProgress);
        }

        @Override
        public Solved solve(Structure base, SolveQuestion question, DesignRun run, ProgressListener progress,
                            CancellationToken cancel) {
            SolveAnswer answer = TargetSolver.solve(question, run, threads(), f -> progress.progress(0.9 * f), cancel);
            DirectCheck check = DirectCheck.of(base, answer, run, threads(), cancel);
            progress.progress(1);
            return new Solved(answer, check);
        }

        private int threads() {
            return Runtime.getRuntime().availableProcessors();
        }
    };
}

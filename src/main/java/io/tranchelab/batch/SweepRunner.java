package io.tranchelab.batch;

import io.tranchelab.sim.CancellationToken;

/**
 * Runs a sweep plan somewhere other than this process: on a Spark master (the implementation is
 * in the -Pspark build's job jar, found by {@link SweepRunners#spark()}; the default build has no
 * Spark class). It must give the results the in-process run gives, double for double.
 */
public interface SweepRunner {

    /**
     * Runs every cell of the plan on {@code master} ("local[2]", "spark://host:7077"), each cell's
     * run cut into tasks of {@code blocksPerTask} blocks of 256 paths ({@link BlockTasks#AUTO}: as
     * {@link BlockTasks#blocksPerTask} chooses from the master's cores); the cut changes no figure.
     *
     * @throws SweepRunException with one line saying what failed (an unreachable master, a task
     *                           that failed), never a stack trace's worth
     */
    SweepResults run(SweepPlan plan, String master, int blocksPerTask, TaskProgress progress,
                     CancellationToken cancel);

    /** {@link #run(SweepPlan, String, int, TaskProgress, CancellationToken)} cut automatically. */
    default SweepResults run(SweepPlan plan, String master, TaskProgress progress, CancellationToken cancel) {
        return run(plan, master, BlockTasks.AUTO, progress, cancel);
    }
}

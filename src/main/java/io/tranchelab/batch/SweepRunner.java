package io.tranchelab.batch;

import io.tranchelab.sim.CancellationToken;

/**
 * Runs a sweep plan somewhere other than this process: on a Spark master (the implementation is
 * in the -Pspark build's job jar, found by {@link SweepRunners#spark()}; the default build has no
 * Spark class). It must give the results the in-process run gives, double for double.
 */
public interface SweepRunner {

    /**
     * Runs every cell of the plan on {@code master} ("local[2]", "spark://host:7077").
     *
     * @throws SweepRunException with one line saying what failed (an unreachable master, a task
     *                           that failed), never a stack trace's worth
     */
    SweepResults run(SweepPlan plan, String master, TaskProgress progress, CancellationToken cancel);
}

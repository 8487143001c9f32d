package io.tranchelab.sim;

/** Receives a path's steps as they are simulated; the run aggregates, a trace records. */
interface PathObserver {

    void startPath(int path);

    /** Whether this step of the current path needs the figures only charts use (loan health). */
    boolean wantsChartDetail(int step);

    /** Step counted from 1; {@code flows} is reused for the next step. */
    void step(int step, StepFlows flows);

    void finish(FinalFlows flows);
}

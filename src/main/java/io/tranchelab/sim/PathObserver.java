package io.tranchelab.sim;

/** Receives a path's steps as they are simulated; the run aggregates, a trace records. */
interface PathObserver {

    void startPath(int path);

    /** Step counted from 1; {@code flows} is reused for the next step. */
    void step(int step, StepFlows flows);

    void finish(FinalFlows flows);
}

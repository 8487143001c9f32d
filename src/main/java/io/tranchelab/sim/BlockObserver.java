package io.tranchelab.sim;

/** Receives a block's steps as they are simulated: the run aggregates them, a trace records its one path. */
interface BlockObserver {

    /** The simulator's lanes now hold paths {@code firstPath} to {@code firstPath + lanes - 1}. */
    void startPaths(int firstPath, int lanes);

    /**
     * How many lanes, from the first, need the figures only charts use (loan health) in this step:
     * 0 for none.
     */
    int chartDetailLanes(int step);

    /** Step counted from 1; {@code flows} is reused for the next step. */
    void step(int step, BlockFlows flows);

    void finish(FinalFlows flows);
}

package io.tranchelab.sim;

/**
 * A block observer for the benchmarks: nothing to do when a group starts and no chart detail
 * (the figures only charts use are not what a kernel benchmark times); a benchmark overrides the
 * step, and the finish where it needs the final flows.
 */
abstract class BenchmarkObserver implements BlockObserver {

    @Override
    public void startPaths(int firstPath, int lanes) {
    }

    @Override
    public int chartDetailLanes(int step) {
        return 0;
    }

    @Override
    public void finish(FinalFlows flows) {
    }
}

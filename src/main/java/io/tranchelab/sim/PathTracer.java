package io.tranchelab.sim;

import io.tranchelab.model.Structure;

/**
 * Traces many paths of one run, as {@link Simulator#tracePath} traces one, but with one plan and one
 * path simulator for all of them (a plan per path costs more than the path). Added for tranche
 * pricing (io.tranchelab.design.TrancheCashFlows), which needs every path's dated cash flows. One
 * instance per thread.
 */
public final class PathTracer {

    private final BlockSimulator simulator;
    private final TraceRecorder recorder;

    public PathTracer(Structure structure, String scenario, long seed) {
        SimulationPlan plan = new SimulationPlan(structure, Simulator.scenario(structure, scenario));
        simulator = new BlockSimulator(plan, seed, 1);
        recorder = new TraceRecorder(plan);
    }

    /**
     * Path {@code pathIndex} of the run, as {@link Simulator#tracePath} gives it. The trace's arrays
     * are reused by the next call: read it before tracing another path.
     */
    public PathTrace trace(int pathIndex) {
        simulator.simulate(pathIndex, 1, recorder, () -> false);
        return recorder.trace();
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Structure;

/**
 * The Monte Carlo core (MODEL.md). Stateless: a run owns its threads and closes them before
 * it returns, whether it completes, fails or is cancelled.
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * Runs the structure. Results depend on the structure, the seed, the paths and the
     * scenario only, never on the thread count.
     *
     * @throws SimulationCancelledException when {@code cancel} is set before the run completes
     * @throws IllegalArgumentException     when the scenario is unknown
     */
    public static SimulationResult run(Structure structure, RunSettings settings, ProgressListener progress,
                                       CancellationToken cancel) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Replays one path of a run with every cash flow recorded. Path {@code pathIndex} here is
     * the same path as in {@link #run} with the same seed and scenario.
     */
    public static PathTrace tracePath(Structure structure, String scenario, long seed, int pathIndex) {
        throw new UnsupportedOperationException("not yet");
    }

    public static SimulationResult run(Structure structure, RunSettings settings) {
        return run(structure, settings, ProgressListener.NONE, CancellationToken.none());
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

/**
 * Replays paths one at a time through {@link Simulator#tracePath}, so a reference test can read
 * every path's prices and flows itself instead of trusting the engine's aggregates.
 */
final class TracedPaths {

    private TracedPaths() {
    }

    static PathTrace[] of(Structure structure, int paths) {
        PathTrace[] traces = new PathTrace[paths];
        for (int path = 0; path < paths; path++) {
            traces[path] = Simulator.tracePath(structure, Scenario.BASE_NAME, structure.simulation().seed(), path);
        }
        return traces;
    }

    /** Each path's price of {@code asset} at the horizon (the last step's price). */
    static double[] horizonPrices(PathTrace[] traces, int asset) {
        double[] prices = new double[traces.length];
        for (int path = 0; path < traces.length; path++) {
            double[] row = traces[path].prices()[asset];
            prices[path] = row[row.length - 1];
        }
        return prices;
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.WaterfallKind;

/** Small set-ups for the waterfall kinds' hand-computed tests (docs/model.md §7.9). */
final class KindTestStructures {

    private KindTestStructures() {
    }

    /**
     * Asset X at 1.00 that never moves unless shocked, {@code units} of it earning {@code apr},
     * a senior of {@code seniorShare} at {@code seniorCoupon} and a junior, over {@code years} in
     * {@code steps} steps, no fee, under {@code kind}.
     */
    static TestStructures.Builder twoTranches(double units, double apr, double seniorShare, double seniorCoupon,
                                              double years, int stepsPerYear) {
        return TestStructures.builder()
                .horizon(years, stepsPerYear)
                .asset(TestStructures.flatAsset("X", 1.0))
                .position(TestStructures.yieldPosition("X", units, apr))
                .tranche("senior", seniorShare, seniorCoupon)
                .tranche("junior", 1 - seniorShare, 0);
    }

    static Structure withKind(Structure structure, WaterfallKind kind) {
        return structure.withWaterfall(structure.waterfall().withKind(kind));
    }

    static PathTrace trace(Structure structure) {
        return Simulator.tracePath(structure, Scenario.BASE_NAME, structure.simulation().seed(), 0);
    }

    static PathTrace trace(Structure structure, String scenario) {
        return Simulator.tracePath(structure, scenario, structure.simulation().seed(), 0);
    }
}

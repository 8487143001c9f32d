package io.tranchelab.design;

import io.tranchelab.model.Asset;
import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Position;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.model.YieldPosition;

import java.util.List;
import java.util.OptionalDouble;

/** Small structures whose answers are known in closed form, for the solver and pricing tests. */
final class DesignStructures {

    private DesignStructures() {
    }

    /**
     * docs/model.md §12's set-up over {@code stepsPerYear} steps of one year: X at 1.00 with no
     * volatility, 100 units at {@code apr}; senior 0.70 at 5 %, mezzanine 0.20 at 10 %, equity 0.10;
     * fee 1 %, reserve 2 % of the senior, OC 1.10.
     */
    static Structure workedExample(double apr, int stepsPerYear) {
        return structure(1, stepsPerYear, 16, 1,
                new VolatileAsset("X", 1.0, 0, 0, Jumps.NONE, OptionalDouble.empty()),
                new YieldPosition("yield X", "X", 100, apr, LossEvents.NONE),
                List.of(new Tranche("senior", 0.7, 0.05), new Tranche("mezzanine", 0.2, 0.10),
                        new Tranche("equity", 0.1, 0)), new WaterfallTerms(0.01, 0.02, 1.10));
    }

    /**
     * docs/model.md §11.1's Merton firm, as in MertonReferenceTest: 100 units of one asset priced
     * 1.00 with no income, jumps or fees; a senior of {@code seniorShare} and the equity, no coupons.
     */
    static Structure mertonFirm(double sigma, double mu, double seniorShare, double horizon, int stepsPerYear,
                                int paths, long seed) {
        return structure(horizon, stepsPerYear, paths, seed,
                new VolatileAsset("ETH", 1.0, mu, sigma, Jumps.NONE, OptionalDouble.empty()),
                new YieldPosition("yield ETH", "ETH", 100, 0, LossEvents.NONE),
                List.of(new Tranche("senior", seniorShare, 0), new Tranche("equity", 1 - seniorShare, 0)),
                WaterfallTerms.NONE);
    }

    static Structure structure(double horizon, int stepsPerYear, int paths, long seed, Asset asset,
                               Position position, List<Tranche> tranches, WaterfallTerms waterfall) {
        return new Structure("design test", "", new SimulationSettings(horizon, stepsPerYear, paths, seed),
                List.of(asset), CorrelationMatrix.identity(1), 0, List.of(position), tranches, waterfall, List.of(),
                List.of());
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Asset;
import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Position;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.model.YieldPosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Short ways to build the structures the core tests need, in code. */
final class TestStructures {

    private TestStructures() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** A volatile asset whose price never moves unless a scenario shocks it. */
    static VolatileAsset flatAsset(String id, double price) {
        return new VolatileAsset(id, price, 0, 0, Jumps.NONE, OptionalDouble.empty());
    }

    static YieldPosition yieldPosition(String asset, double units, double apr) {
        return new YieldPosition("yield " + asset, asset, units, apr, LossEvents.NONE);
    }

    /** A scenario that only adds price shocks. */
    static Scenario shockScenario(String name, Shock... shocks) {
        return scenario(name, 1.0, List.of(shocks));
    }

    static Scenario scenario(String name, double liquidationCapacityMultiplier, List<Shock> shocks) {
        return new Scenario(name, "", 1.0, Map.of(), OptionalDouble.empty(), liquidationCapacityMultiplier, 1.0,
                shocks);
    }

    /** The same log-return shock on every step from 1 to {@code steps}. */
    static List<Shock> everyStep(String asset, int steps, double logReturn) {
        List<Shock> shocks = new ArrayList<>();
        for (int step = 1; step <= steps; step++) {
            shocks.add(new PriceShock(asset, step, logReturn));
        }
        return shocks;
    }

    /**
     * docs/model.md §12's common set-up: asset X at 1.00, no volatility; 100 units at
     * {@code apr}; one step of a year; senior 0.70 at 5 %, mezzanine 0.20 at 10 %, equity
     * 0.10; fee 1 %; reserve 2 % of senior; OC 1.10.
     */
    static Builder workedExample(double apr) {
        return builder()
                .horizon(1, 1)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 100, apr))
                .tranche("senior", 0.70, 0.05)
                .tranche("mezzanine", 0.20, 0.10)
                .tranche("equity", 0.10, 0)
                .waterfall(0.01, 0.02, 1.10);
    }

    static LoanBook singleLoan(String collateral, double principal, double ltv, double rate, int oracleDelaySteps,
                               OptionalDouble capacity) {
        return new LoanBook("loan", collateral, principal, 1, ltv, ltv, rate, 0.8, 0.1, 0.5, oracleDelaySteps,
                capacity);
    }

    static RunSettings runSettings(Structure structure, String scenario, int paths, int threads) {
        return new RunSettings(paths, structure.simulation().seed(), threads, scenario,
                RunSettings.DEFAULT_CHART_POINTS, RunSettings.DEFAULT_CHART_SAMPLE_PATHS);
    }

    /** Column {@code step} of a [tranche][step] table: every tranche's figure at that step. */
    static double[] atStep(double[][] rows, int step) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][step];
        }
        return out;
    }

    static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    static final class Builder {
        private double horizonYears = 1;
        private int stepsPerYear = 1;
        private int paths = 16;
        private long seed = 20240601L;
        private final List<Asset> assets = new ArrayList<>();
        private CorrelationMatrix correlations;
        private double initialCash;
        private final List<Position> positions = new ArrayList<>();
        private final List<Tranche> tranches = new ArrayList<>();
        private WaterfallTerms waterfall = WaterfallTerms.NONE;
        private final List<Scenario> scenarios = new ArrayList<>();

        Builder horizon(double years, int stepsPerYear) {
            this.horizonYears = years;
            this.stepsPerYear = stepsPerYear;
            return this;
        }

        Builder paths(int value) {
            this.paths = value;
            return this;
        }

        Builder seed(long value) {
            this.seed = value;
            return this;
        }

        Builder asset(Asset asset) {
            assets.add(asset);
            return this;
        }

        /** Without this, the assets are uncorrelated. */
        Builder correlations(CorrelationMatrix value) {
            this.correlations = value;
            return this;
        }

        Builder initialCash(double value) {
            this.initialCash = value;
            return this;
        }

        Builder position(Position position) {
            positions.add(position);
            return this;
        }

        Builder tranche(String name, double share, double coupon) {
            tranches.add(new Tranche(name, share, coupon));
            return this;
        }

        Builder waterfall(double managementFee, double reserveTarget, double ocThreshold) {
            this.waterfall = new WaterfallTerms(managementFee, reserveTarget, ocThreshold);
            return this;
        }

        Builder scenario(Scenario scenario) {
            scenarios.add(scenario);
            return this;
        }

        Structure build() {
            CorrelationMatrix matrix = correlations != null ? correlations : CorrelationMatrix.identity(assets.size());
            return new Structure("test", "", new SimulationSettings(horizonYears, stepsPerYear, paths, seed), assets,
                    matrix, initialCash, positions, tranches, waterfall, List.of(), scenarios);
        }
    }

    /** ETH with jumps, 20 loans against it and a yield position, over {@code years} of {@code stepsPerYear} steps. */
    static Structure loanBook(double years, int stepsPerYear) {
        return builder()
                .horizon(years, stepsPerYear)
                .asset(new io.tranchelab.model.VolatileAsset("ETH", 2000, 0.05, 0.8,
                        new io.tranchelab.model.Jumps(2, -0.1, 0.1), java.util.OptionalDouble.of(5e7)))
                .position(new io.tranchelab.model.LoanBook("loans", "ETH", 1e6, 20, 0.4, 0.75, 0.08, 0.83, 0.05,
                        0.5, 1, java.util.OptionalDouble.of(2e5)))
                .position(yieldPosition("ETH", 250, 0.04))
                .tranche("senior", 0.7, 0.05)
                .tranche("mezzanine", 0.2, 0.09)
                .tranche("equity", 0.1, 0)
                .waterfall(0.01, 0.02, 1.1)
                .build();
    }
}

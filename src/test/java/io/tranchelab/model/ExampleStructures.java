package io.tranchelab.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-built structures for tests: {@link #full()} is src/test/resources/io/tranchelab/io/full-structure.json. */
public final class ExampleStructures {

    private ExampleStructures() {
    }

    /** Every kind of asset, position and shock, with every optional field set. */
    public static Structure full() {
        List<Asset> assets = List.of(
                new VolatileAsset("ETH", 3000, 0.0, 0.75, new Jumps(2.0, -0.08, 0.10), OptionalDouble.of(2.5e8)),
                new PeggedAsset("stETH", "ETH", new Depeg(0.5, 0.02, 30), OptionalDouble.of(8e7)),
                new PeggedAsset("USDC", "USD", new Depeg(0.1, 0.05, 3), OptionalDouble.of(1e9)));
        CorrelationMatrix correlations = CorrelationMatrix.identity(3).with(0, 1, 0.3);
        List<Position> positions = List.of(
                new YieldPosition("stETH staking", "stETH", 10_000, 0.03, new LossEvents(0.01, 0.05)),
                new LoanBook("ETH-backed loans", "ETH", 5e7, 20, 0.5, 0.75, 0.06, 0.83, 0.05, 0.5, 1,
                        OptionalDouble.of(5e6)),
                new CreditLine("Market makers", 2e7, 25, 0.10, 720, OptionalDouble.of(0.02), 0.6, 0.2,
                        Optional.of(new MarketTie("ETH", 0.4)), Optional.of(new BorrowerHistory(24, 1, 730, 1.8, 12, 2, 0.05))));
        List<Tranche> tranches = List.of(new Tranche("Senior", 0.7, 0.05), new Tranche("Mezzanine", 0.2, 0.1),
                new Tranche("Equity", 0.1, 0.0));
        List<ScoreBand> table = List.of(new ScoreBand(0, 0.25), new ScoreBand(600, 0.05), new ScoreBand(800, 0.005));
        Scenario march2020 = new Scenario("March 2020", "ETH fell about 43 % close to close; keepers failed.", 2.0,
                Map.of("ETH", -0.5), OptionalDouble.of(0.9), 0.0, 0.3,
                List.of(new PriceShock("ETH", 10, Math.log(0.57)), new DepegShock("stETH", 10, 0.04, 30),
                        new KeeperOutage("ETH", 10, 2, 0.0))).withCreditStress(2.0, -1.0);
        return new Structure("ETH lending book", "Every kind of asset, position and shock, every optional field set.",
                new SimulationSettings(1.0, 365, 10_000, 42), assets, correlations, 1e6, positions, tranches,
                new WaterfallTerms(0.01, 0.02, 1.10), table, List.of(march2020))
                .withScorecard(new Scorecard(3.5, 0.1, -1.0, 0.4, 1.2, 600, 500, 50, -0.6))
                .withCrossChain(new CrossChain(
                        List.of(new Chain("Arbitrum", "Arbitrum canonical bridge", new ChainHalts(0.5, 2))),
                        List.of(new Bridge("Arbitrum canonical bridge", 0.02, 0.5, 0.6)),
                        Map.of("stETH staking", "Arbitrum", "ETH-backed loans", "Arbitrum")))
                .withHedges(List.of(new ProtectivePut("ETH puts", "ETH", 0.5, 0.8, 30, 0.7, 0.05, 0.04),
                        new PerpetualShort("ETH perp", "ETH", 0.3, 0.05, 0.08, 0.25)));
    }

    /**
     * {@link #full()} under each waterfall kind but sequential (docs/model.md §7.9), with the
     * tranches and terms the kind allows: pro-rata keeps full()'s three tranches and OC trigger,
     * the protocol kinds have a senior and a junior and neither reserve nor trigger.
     */
    public static List<Structure> ofEachKind() {
        Structure full = full();
        List<Tranche> two = List.of(new Tranche("Senior", 0.8, 0.05), new Tranche("Junior", 0.2, 0.0));
        List<Tranche> twoNoCoupon = List.of(new Tranche("Senior", 0.8, 0.0), new Tranche("Junior", 0.2, 0.0));
        WaterfallTerms plain = new WaterfallTerms(0.01, 0, 0);
        return List.of(
                full.withWaterfall(full.waterfall().withKind(new WaterfallKind.ProRata(0.9))),
                full.withTranches(two).withWaterfall(plain.withKind(new WaterfallKind.SmartYield(0.05))),
                full.withTranches(twoNoCoupon).withWaterfall(plain.withKind(new WaterfallKind.PerpetualYield(0.2, 0.01, 0.1))),
                full.withTranches(two).withWaterfall(plain.withKind(new WaterfallKind.Tinlake(0.7, 0.9))),
                full.withTranches(twoNoCoupon).withWaterfall(plain.withKind(new WaterfallKind.Goldfinch(0.1, 0.2))),
                full.withTranches(twoNoCoupon).withWaterfall(plain.withKind(new WaterfallKind.Strips())));
    }

    /** The smallest valid structure: one asset, one yield position, two tranches, every optional field absent. */
    public static Structure minimal() {
        return new Structure("Minimal", "", new SimulationSettings(1.0, 12, 100, 7),
                List.of(new VolatileAsset("ETH", 1.0, 0.0, 0.5, null, null)), CorrelationMatrix.identity(1), 0,
                List.of(new YieldPosition("staking", "ETH", 100, 0.05, null)),
                List.of(new Tranche("Senior", 0.8, 0.04), new Tranche("Equity", 0.2, 0)), WaterfallTerms.NONE,
                List.of(), List.of());
    }
}

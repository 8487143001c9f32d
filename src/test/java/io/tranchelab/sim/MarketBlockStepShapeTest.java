package io.tranchelab.sim;

import io.tranchelab.model.Asset;
import io.tranchelab.model.DepegShock;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link MarketBlock}'s step, shaped as passes over the lanes, against the one-expression-per-lane
 * step it replaced ({@link OnePassMarket}): the same plans, seeds and sales, every price of every
 * asset and lane compared bit for bit after every step. The sales pushed into the lanes between
 * steps are drawn at random, most lanes none, and include what the passes must treat exactly as
 * the one expression did: 0, -0, negative sales, NaN, infinity, sales far beyond the depth.
 */
class MarketBlockStepShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"eth-lending-book", "staking-steth-note", "lp-fee-pool", "credit-pool-reputation",
        "hedged-eth-vault", "templates/barnbridge-smart-yield", "templates/idle-perpetual-yield",
        "templates/pendle-pt-yt"})
    void samplesStepAsTheOnePassMarket(String name) throws Exception {
        Structure structure = GoldenResultsTest.sample(name);
        List<Scenario> scenarios = new ArrayList<>(structure.scenarios());
        scenarios.add(0, Scenario.BASE);
        scenarios.add(everyAssetShocked(structure));
        for (Scenario scenario : scenarios) {
            compare(new SimulationPlan(structure, scenario), structure.simulation().seed(), name + ", " + scenario.name());
        }
    }

    /**
     * Price shocks on every asset (down, up, and -0, which the step must treat as no shock, as
     * {@code exp(-0 + 0)} was skipped), and depeg shocks on the pegged ones (a half-life of the
     * shock's own from then on), at steps spread over the horizon; the market at a tenth of its depth.
     */
    private static Scenario everyAssetShocked(Structure structure) {
        int steps = structure.simulation().steps();
        List<Shock> shocks = new ArrayList<>();
        for (Asset asset : structure.assets()) {
            shocks.add(new PriceShock(asset.id(), Math.max(1, steps / 5), -0.3));
            shocks.add(new PriceShock(asset.id(), Math.max(1, steps / 3), -0.0));
            shocks.add(new PriceShock(asset.id(), Math.max(1, steps / 2), 0.1));
            if (asset instanceof PeggedAsset) {
                shocks.add(new DepegShock(asset.id(), Math.max(1, steps / 4), 0.2, 3));
                shocks.add(new DepegShock(asset.id(), Math.max(1, 2 * steps / 3), 0.05, 30));
            }
        }
        return new Scenario("every asset shocked", "", 1.5, Map.of(), OptionalDouble.empty(), 1.0, 0.1, shocks);
    }

    @Test
    void generatedStructuresStepAsTheOnePassMarket() {
        int jumping = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Structure structure = RandomStructures.generate(seed);
            List<Scenario> scenarios = new ArrayList<>(structure.scenarios());
            scenarios.add(0, Scenario.BASE);
            for (Scenario scenario : scenarios) {
                SimulationPlan plan = new SimulationPlan(structure, scenario);
                compare(plan, seed, "generated " + seed + ", " + scenario.name());
                for (int a : plan.volatileAssets) {
                    jumping += plan.jumpRatePerStep[a] > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(jumping > 10, "few generated assets jump: " + jumping);
    }

    /** Steps both markets through the horizon, three groups of paths, with the same random sales. */
    private static void compare(SimulationPlan plan, long seed, String what) {
        int lanes = BlockSimulator.LANES;
        MarketBlock passes = new MarketBlock(plan, lanes);
        OnePassMarket onePass = new OnePassMarket(plan, lanes);
        SplittableRandom random = new SplittableRandom(seed * 31 + plan.steps);
        for (int group = 0; group < 3; group++) {
            passes.reset(seed, group * lanes);
            onePass.reset(seed, group * lanes);
            for (int a = 0; a < plan.assetCount; a++) { // the initial prices, which delayed oracles read
                for (int l = 0; l < lanes; l++) {
                    assertEquals(Double.doubleToRawLongBits(onePass.prices(0)[a][l]), Double.doubleToRawLongBits(passes.prices(0)[a][l]),
                            what + ": initial price");
                }
            }
            for (int step = 1; step <= plan.steps; step++) {
                passes.advance(step);
                onePass.advance(step);
                for (int a = 0; a < plan.assetCount; a++) {
                    double[] expected = onePass.prices(step)[a];
                    double[] actual = passes.prices(step)[a];
                    for (int l = 0; l < lanes; l++) {
                        assertEquals(Double.doubleToRawLongBits(expected[l]), Double.doubleToRawLongBits(actual[l]),
                                () -> what + ": price of an asset after a step, " + expected[0] + " vs " + actual[0]);
                    }
                    sell(random, plan.marketDepth[a], passes.sales[a], onePass.sales[a]);
                }
            }
        }
    }

    /** The same sales into both markets' lanes: none in most lanes, else a draw among the edge cases and ordinary amounts. */
    private static void sell(SplittableRandom random, double depth, double[] a, double[] b) {
        for (int l = 0; l < a.length; l++) {
            if (random.nextInt(8) != 0) {
                continue;
            }
            double scale = depth > 0 && depth < Double.POSITIVE_INFINITY ? depth : 1e7;
            double q = switch (random.nextInt(10)) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> -random.nextDouble() * scale;
                case 3 -> random.nextInt(50) == 0 ? Double.NaN : 1e-300;
                case 4 -> random.nextInt(50) == 0 ? Double.POSITIVE_INFINITY : scale * 5;
                default -> random.nextDouble() * scale * 0.2;
            };
            a[l] += q;
            b[l] += q;
        }
    }
}

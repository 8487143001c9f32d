package io.tranchelab.sim;

import io.tranchelab.model.DepegShock;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Depegs and market impact (docs/model.md §3.2, §4.3-§4.5), each on a pool of 100 units held without income. */
class MarketShockTest {

    private static final double EPS = 1e-9;

    @Test
    void depegShockCutsThePegAndTheGapHalvesEveryHalfLife() {
        // USDC pegged to USD; the scenario cuts its peg by 10 % in step 1, with a half-life of
        // 182.5 days = half a year = one step. Step 1: ratio 0.90; step 2: the gap halves, 0.95.
        Structure structure = TestStructures.builder()
                .horizon(1, 2)
                .asset(new PeggedAsset("USDC", PeggedAsset.USD, Depeg.NONE, OptionalDouble.empty()))
                .position(yieldPosition("USDC", 100, 0))
                .tranche("senior", 0.7, 0)
                .tranche("equity", 0.3, 0)
                .scenario(shockScenario("depeg", new DepegShock("USDC", 1, 0.10, 182.5)))
                .build();
        PathTrace t = Simulator.tracePath(structure, "depeg", 1, 0);

        // 1e-4: docs/model.md §1.1 takes 365 days a year; 365.25 would give a gap of
        // 0.049976 instead of 0.05 after step 2, and either is acceptable here.
        assertEquals(90, t.nav()[0], EPS);
        assertEquals(95, t.nav()[1], 1e-4 * 95);
        assertEquals(95, t.liquidationProceeds(), 1e-4 * 95);
        assertArrayEquals(new double[] {0, 5}, t.loss(), 1e-4 * 5);
    }

    @ParameterizedTest(name = "depth {0} x {1}")
    @CsvSource({
        // 100 sold at once against depth D realizes 100 (1 - 100 / (2 D)).
        "1000, 1.0, 95",
        "1000, 0.5, 90",
        "100, 1.0, 50",
        "10, 1.0, 1",   // the impact is capped at 99 %
    })
    void finalLiquidationRealizesTheAveragePriceAlongTheImpactCurve(double depth, double depthMultiplier,
                                                                   double proceeds) {
        Structure structure = TestStructures.builder()
                .horizon(1, 1)
                .asset(flatAsset("X", 1.0).withMarketDepth(OptionalDouble.of(depth)))
                .position(yieldPosition("X", 100, 0))
                .tranche("senior", 0.5, 0)
                .tranche("equity", 0.5, 0)
                .scenario(new Scenario("thin", "", 1.0, Map.of(), OptionalDouble.empty(), 1.0, depthMultiplier,
                        List.of()))
                .build();
        PathTrace t = Simulator.tracePath(structure, "thin", 1, 0);

        assertEquals(proceeds, t.liquidationProceeds(), EPS);
        assertEquals(Math.max(0, 50 - proceeds), t.loss()[0], EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }
}

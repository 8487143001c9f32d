package io.tranchelab.sim;

import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The chart fans (docs/model.md §8.11) on a coarse grid, read against paths computed by hand:
 * which steps the grid keeps, the loan-health fan (aggregate LT x collateral value / debt, capped
 * at {@link ChartSample#HEALTH_CAP} and drawn at the cap once no debt is left), the NAV and the
 * equity's total value at the grid's steps, and the number of paths sampled. Every path of these
 * structures is the same, so every percentile is that path.
 */
class ChartFanGridTest {

    /** Float storage of the chart sample. */
    private static final double EPS = 1e-5;

    @Test
    void gridKeepsEvenlySpacedStepsWithTheFirstAndTheLast() {
        assertArrayEquals(new int[] {0, 2, 4, 6, 8}, ChartSample.grid(8, 5));
        // 7 steps on 3 points: 0, 3.5 rounded half up, 7
        assertArrayEquals(new int[] {0, 4, 7}, ChartSample.grid(7, 3));
        assertArrayEquals(new int[] {0, 10}, ChartSample.grid(10, 2));
        // more points than steps: every step once
        assertArrayEquals(new int[] {0, 1, 2, 3}, ChartSample.grid(3, 61));
    }

    @Test
    void loanHealthNavAndEquityFansFollowTheHandComputedPathOnAFivePointGrid() {
        Structure structure = TwoBorrowerLiquidationTest.structure();
        SimulationResult result = Simulator.run(structure,
                new RunSettings(8, 5, 1, TwoBorrowerLiquidationTest.SLIDE, 5, 3));
        FanSeries fans = result.fans();
        assertEquals(3, fans.samplePaths());
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, fans.times(), 1e-12);

        // The path of TwoBorrowerLiquidationTest: A has 125 units and owes 50, B 83.33 and 50.
        // t = 0: 0.8 x 208.33 x 1 / 100. Step 2 (0.64): B was paid down to 30 and has
        // 83.33 - 22 / 0.64 units. Step 4 (0.4096): B is closed; A owes 50 - 13.77 with
        // 125 - 13.77 x 1.1 / 0.4096 units. Steps 6 and 8: no debt left: drawn at the cap.
        double unitsB2 = 50 / 0.6 - 22 / 0.64;
        double repaidA4 = 20 - (unitsB2 - 16.5 / 0.512) * 0.4096 / 1.1;
        double unitsA4 = 125 - repaidA4 * 1.1 / 0.4096;
        double[] health = {
            0.8 * (125 + 50 / 0.6) / 100,
            0.8 * (125 + unitsB2) * 0.64 / 80,
            0.8 * unitsA4 * 0.4096 / (50 - repaidA4),
            ChartSample.HEALTH_CAP,
            ChartSample.HEALTH_CAP};
        assertEquals(1.1133333, health[1], 1e-6);
        assertArrayEquals(health, fans.loanHealth().p5(), EPS);
        assertArrayEquals(health, fans.loanHealth().p95(), EPS);

        PathTrace t = Simulator.tracePath(structure, TwoBorrowerLiquidationTest.SLIDE, 5, 0);
        double[] nav = {100, t.nav()[1], t.nav()[3], t.nav()[5], t.nav()[7]};
        assertArrayEquals(nav, fans.nav().p50(), 1e-4);
        // The equity's total value: its mark (NAV less the senior's 70) plus the income it was paid
        // (1 + 0.5 + 0.5 by step 3); at the horizon all it received.
        double equityAtHorizon = 2 + t.finalPrincipal()[1];
        assertArrayEquals(new double[] {30, nav[1] - 70 + 1.5, nav[2] - 70 + 2, nav[3] - 70 + 2, equityAtHorizon},
                fans.trancheValues().get(1).p50(), 1e-4);
        // Its drawdown at the horizon is from the peak of 31.5 (step 2) to what it received.
        assertEquals((31.5 - equityAtHorizon) / 31.5, fans.trancheDrawdowns().get(1).p50()[4], EPS);
    }

    @Test
    void aBookFarAboveTheThresholdIsDrawnAtTheCap() {
        // LTV 0.05 and LT 0.8: health 16 on a flat price, above the cap of 10.
        Structure structure = TestStructures.builder()
                .horizon(1, 4)
                .asset(flatAsset("ETH", 1.0))
                .position(new LoanBook("loans", "ETH", 100, 1, 0.05, 0.05, 0.08, 0.8, 0.1, 0.5, 0,
                        OptionalDouble.empty()))
                .tranche("senior", 0.70, 0)
                .tranche("equity", 0.30, 0)
                .build();
        SimulationResult result = Simulator.run(structure,
                TestStructures.runSettings(structure, io.tranchelab.model.Scenario.BASE_NAME, 4, 1));
        double cap = ChartSample.HEALTH_CAP;
        assertArrayEquals(new double[] {cap, cap, cap, cap, cap}, result.fans().loanHealth().p50(), 0);
    }

    @Test
    void theHorizonPointIsWhatTheTrancheReceivedAfterTheFinalSale() {
        // 100 units of X at 1.00, market depth 1,000: the final liquidation realizes
        // 100 x (1 - 100 / 2,000) = 95 (MarketShockTest). At the last step the equity is marked at
        // 100 - 50 = 50; after the sale it receives 45, and that is the fan's horizon point, with a
        // drawdown of 5 / 50 from its peak of 50.
        Structure structure = TestStructures.builder()
                .horizon(1, 1)
                .asset(flatAsset("X", 1.0).withMarketDepth(OptionalDouble.of(1000)))
                .position(TestStructures.yieldPosition("X", 100, 0))
                .tranche("senior", 0.5, 0)
                .tranche("equity", 0.5, 0)
                .build();
        FanSeries fans = Simulator.run(structure,
                TestStructures.runSettings(structure, io.tranchelab.model.Scenario.BASE_NAME, 2, 1)).fans();
        assertArrayEquals(new double[] {50, 45}, fans.trancheValues().get(1).p50(), EPS);
        assertArrayEquals(new double[] {0, 0.1}, fans.trancheDrawdowns().get(1).p50(), EPS);
        assertArrayEquals(new double[] {50, 50}, fans.trancheValues().get(0).p50(), EPS);
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tranche fan shows what an investor holds: the tranche's mark plus the cash it has
 * received so far (docs/model.md §8.6), so a turbo paydown is never drawn as a loss, and the drawdown
 * fan is computed from that same series. Pinned on a hand-computed path with no randomness
 * (every path is the same, so every percentile is that path).
 */
class TrancheValueFanTest {

    /** Float storage of the chart sample: a few parts in 10^7 of 100. */
    private static final double EPS = 1e-4;
    private static final String DIP = "dip";

    /**
     * Four quarterly steps; 100 units of X at 20 %/yr; senior 70 at 4 %, mezzanine 20 at 8 %,
     * equity 10; OC 1.20. X dips to 0.80 in step 1 (the trigger turbos 3.3 into the senior)
     * and is back at 1.00 in step 2. The steps are those of OcTriggerTest.
     */
    private static final Structure DIP_AND_RECOVERY = TestStructures.builder()
            .horizon(1, 4)
            .paths(8)
            .asset(flatAsset("X", 1.0))
            .position(yieldPosition("X", 100, 0.20))
            .tranche("senior", 0.70, 0.04)
            .tranche("mezzanine", 0.20, 0.08)
            .tranche("equity", 0.10, 0)
            .waterfall(0, 0, 1.20)
            .scenario(shockScenario(DIP, new PriceShock("X", 1, Math.log(0.8)), new PriceShock("X", 2, Math.log(1.25))))
            .build();

    private static SimulationResult run() {
        return Simulator.run(DIP_AND_RECOVERY, TestStructures.runSettings(DIP_AND_RECOVERY, DIP, 8, 1));
    }

    @Test
    void turboPaydownKeepsTheSeniorsTotalValueAndItsDrawdownAtZero() {
        FanSeries fans = run().fans();
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, fans.times(), 1e-12);
        // Step 1: mark 66.7 (principal paid down from 70) + received 0.7 coupon + 3.3 turbo = 70.7.
        // Steps 2-4: mark 66.7, plus coupons of 0.667 a quarter. At the horizon the senior has
        // received 4 + 3 x 0.667 + 66.7 back = 72.7, which is also its mark + received at step 4.
        double[] seniorValue = {70, 70.7, 71.367, 72.034, 72.701};
        Fan value = fans.trancheValues().get(0);
        assertArrayEquals(seniorValue, value.p50(), EPS);
        assertArrayEquals(seniorValue, value.p5(), EPS);
        assertArrayEquals(seniorValue, value.p95(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0}, fans.trancheDrawdowns().get(0).p50(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0}, fans.trancheDrawdowns().get(0).p95(), EPS);
        // The principal outstanding is shown apart: 70, then 66.7 after the turbo.
        assertArrayEquals(new double[] {70, 66.7, 66.7, 66.7, 66.7}, fans.trancheOutstanding().get(0).p50(), EPS);
    }

    @Test
    void mezzanineDrawdownComesFromTheSameSeriesItsFanShows() {
        SimulationResult result = run();
        FanSeries fans = result.fans();
        // Step 1: NAV 80 - senior 66.7 = 13.3 of mark, nothing received (its 0.4 coupon is
        // carried): value 13.3, drawdown (20 - 13.3) / 20 = 33.5 %. Step 2: claim 20 is whole
        // again and the 0.8 (carried + current coupon) is received: 20.8, a new peak. Then 0.4 a
        // quarter more.
        assertArrayEquals(new double[] {20, 13.3, 20.8, 21.2, 21.6}, fans.trancheValues().get(1).p50(), EPS);
        assertArrayEquals(new double[] {0, 0.335, 0, 0, 0}, fans.trancheDrawdowns().get(1).p50(), EPS);
        assertEquals(0.335, result.tranches().get(1).maxDrawdownMean(), 1e-9);
        assertEquals(0, result.tranches().get(0).maxDrawdownMean(), 1e-9);
        assertArrayEquals(new double[] {20, 20, 20, 20, 20}, fans.trancheOutstanding().get(1).p50(), EPS);
    }
}

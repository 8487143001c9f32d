package io.tranchelab.sim;

import io.tranchelab.model.Jumps;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Drawdown, weighted average life and return percentiles of docs/model.md §8 on paths computed by
 * hand. Drawdown is measured on the tranche's total value (mark plus cash received so far)
 * from its running peak, the peak starting at the tranche's principal.
 */
class TrancheFiguresReferenceTest {

    private static final int PATHS = 4;

    /**
     * X at 1.00 without volatility, 100 units, no income; senior 80 and equity 20, no coupons;
     * four quarterly steps with price shocks to 1.10, 0.90, 0.95, 1.00. The equity's mark is
     * NAV - 80: 30, 10, 15, 20, and it receives 20 at the horizon. Peak 30 after step 1, so the
     * deepest drawdown is (30 - 10) / 30 = 2/3 (measured from the principal it would be 20/20 = 1).
     * The senior's mark stays 80: no drawdown.
     */
    @Test
    void drawdownIsMeasuredFromTheRunningPeak() {
        Scenario path = shockScenario("path", new PriceShock("X", 1, Math.log(1.10)),
                new PriceShock("X", 2, Math.log(0.90 / 1.10)), new PriceShock("X", 3, Math.log(0.95 / 0.90)),
                new PriceShock("X", 4, Math.log(1.00 / 0.95)));
        Structure structure = TestStructures.builder()
                .horizon(1, 4)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 100, 0))
                .tranche("senior", 0.8, 0)
                .tranche("equity", 0.2, 0)
                .scenario(path)
                .build();
        SimulationResult result = Simulator.run(structure, runSettings(structure, "path", PATHS, 1));
        TrancheMetrics senior = result.tranches().get(0);
        TrancheMetrics equity = result.tranches().get(1);
        assertEquals(0, senior.maxDrawdownMean(), 1e-12);
        assertEquals(0, senior.maxDrawdown95(), 1e-12);
        assertEquals(2.0 / 3, equity.maxDrawdownMean(), 1e-9);
        assertEquals(2.0 / 3, equity.maxDrawdown95(), 1e-9);
        // everything is repaid at the horizon: WAL = T, no loss, zero return
        assertEquals(1.0, senior.weightedAverageLife(), 1e-12);
        assertEquals(1.0, equity.weightedAverageLife(), 1e-12);
        assertEquals(0, equity.expectedLoss(), 1e-12);
        assertEquals(0, equity.returnMean(), 1e-9);
    }

    /**
     * Cash received counts in the value. X at 1.00, 100 units at 20 % a year, quarterly; senior
     * 80 and equity 20, no coupons, no fee: every step's income goes to the equity. Prices 1.10,
     * 0.95, 0.95, 1.00 (shocks). Income 0.2 x 100 x price / 4: 5.5, 4.75, 4.75, 5.
     * Equity: mark (NAV - 80) 30, 15, 15, 20; cash received so far 5.5, 10.25, 15, 20; total
     * value 35.5, 25.25, 30, 40; horizon: 20 more received, total 40. Deepest drawdown
     * (35.5 - 25.25) / 35.5 = 0.288732...; from the mark alone it would be (30 - 15) / 30 = 0.5,
     * from the principal 10.25 / 20 = 0.5125.
     */
    @Test
    void drawdownCountsTheCashReceivedSoFar() {
        Scenario path = shockScenario("path", new PriceShock("X", 1, Math.log(1.10)),
                new PriceShock("X", 2, Math.log(0.95 / 1.10)), new PriceShock("X", 4, Math.log(1.00 / 0.95)));
        Structure structure = TestStructures.builder()
                .horizon(1, 4)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 100, 0.2))
                .tranche("senior", 0.8, 0)
                .tranche("equity", 0.2, 0)
                .scenario(path)
                .build();
        TrancheMetrics equity = Simulator.run(structure, runSettings(structure, "path", PATHS, 1)).tranches().get(1);
        assertEquals(10.25 / 35.5, equity.maxDrawdownMean(), 1e-9);
        assertEquals(10.25 / 35.5, equity.maxDrawdown95(), 1e-9);
    }

    /**
     * WAL with principal repaid before the horizon. X at 1.00 flat, 100 units at 20 %, quarterly
     * (income 5 a step); senior 90 and equity 10, no coupons, OC threshold 1.2, no fee, no reserve.
     * The turbo pays only what cures the test (docs/model.md §7.5): from income, at most
     * x = S - NAV / 1.2 = S - 83.333...
     * Step 1: NAV 100 < 1.2 x 90 = 108, breached; the cure needs 6.667, all 5 pays senior down
     * to 85. Step 2: 100 < 102, breached; the cure needs 1.667 (senior to 83.333), the other
     * 3.333 goes to the equity. Steps 3, 4: 100 / 83.333 = 1.2, the test passes. Horizon: senior
     * 83.333, equity 16.667. Senior WAL = (5 x 0.25 + 1.667 x 0.5 + 83.333 x 1) / 90
     * = 85.41667 / 90; equity 1. The senior's mark falls from 90 to 83.333 but the cash it
     * received makes up for it: drawdown 0.
     */
    @Test
    void weightedAverageLifeWeighsTurboPaydownsByTheirTimes() {
        Structure structure = TestStructures.builder()
                .horizon(1, 4)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 100, 0.2))
                .tranche("senior", 0.9, 0)
                .tranche("equity", 0.1, 0)
                .waterfall(0, 0, 1.2)
                .build();
        SimulationResult result = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, PATHS, 1));
        TrancheMetrics senior = result.tranches().get(0);
        assertEquals((5 * 0.25 + 5.0 / 3 * 0.5 + 250.0 / 3) / 90, senior.weightedAverageLife(), 1e-12);
        assertEquals(1.0, result.tranches().get(1).weightedAverageLife(), 1e-12);
        assertEquals(0, senior.maxDrawdownMean(), 1e-12);
        assertEquals(0, senior.expectedLoss(), 1e-12);
        assertEquals(0, senior.returnMean(), 1e-12, "90 paid back, no coupon");
        assertArrayEquals(new double[] {5, 5.0 / 3, 0, 0}, result.waterfall().turbo(), 1e-12);
        assertEquals(250.0 / 3, result.waterfall().finalPrincipal()[0], 1e-9, "83.333 left for the horizon");
    }

    /**
     * WAL over two years, half-yearly steps (income 0.2 x 100 x 0.5 = 10 a step); senior 90,
     * equity 10, OC 1.2. Step 1 (t = 0.5): 100 < 108, the cure takes 90 - 100 / 1.2 = 6.667 of
     * the 10 (senior to 83.333), the rest goes to the equity; then 100 / 83.333 = 1.2 passes.
     * Senior WAL = (6.667 x 0.5 + 83.333 x 2) / 90 = 170 / 90; the equity's principal comes at T = 2.
     */
    @Test
    void weightedAverageLifeWeighsTheFinalPrincipalByTheHorizon() {
        Structure structure = TestStructures.builder()
                .horizon(2, 2)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 100, 0.2))
                .tranche("senior", 0.9, 0)
                .tranche("equity", 0.1, 0)
                .waterfall(0, 0, 1.2)
                .build();
        SimulationResult result = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, PATHS, 1));
        assertEquals(170.0 / 90, result.tranches().get(0).weightedAverageLife(), 1e-12);
        assertEquals(2.0, result.tranches().get(1).weightedAverageLife(), 1e-12);
    }

    /**
     * The horizon's distribution is the last point of the value path. X at 1.00 with a market
     * depth of 250: the 100 units are marked at 100 in the step, but selling them at once
     * realizes 100 (1 - 100 / 500) = 80 (docs/model.md §4.5). Senior 80 gets its 80; the equity, marked
     * at 20 (its principal, the peak), receives nothing: drawdown 1 and a loss of 100 %.
     */
    @Test
    void drawdownIncludesTheFinalDistribution() {
        Structure structure = TestStructures.builder()
                .horizon(1, 1)
                .asset(new VolatileAsset("X", 1.0, 0, 0, Jumps.NONE, OptionalDouble.of(250)))
                .position(yieldPosition("X", 100, 0))
                .tranche("senior", 0.8, 0)
                .tranche("equity", 0.2, 0)
                .build();
        SimulationResult result = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, PATHS, 1));
        TrancheMetrics equity = result.tranches().get(1);
        assertEquals(1.0, equity.expectedLoss(), 1e-12);
        assertEquals(1.0, equity.maxDrawdownMean(), 1e-12);
        assertEquals(0, result.tranches().get(0).maxDrawdownMean(), 1e-12);
        assertEquals(80, result.pool().expectedFinalValue(), 1e-9);
    }

    /**
     * Return percentiles of a Merton firm (one asset, no income, zero coupons; senior 70, equity
     * 30 of 100): all cash comes at the horizon, so a tranche's annual return is
     * (received / principal)^(1/T) - 1 (its IRR), a non-decreasing function g of V_T, and its
     * p-quantile is g of V_T's p-quantile V0 exp((mu - sigma^2/2) T + sigma sqrt(T) z_p). The
     * sample quantile of z is within sqrt(p (1 - p) / N) / phi(z_p) of z_p (one standard error);
     * the test brackets g between z_p -/+ 4 of those.
     */
    @Test
    void returnAndFinalValuePercentilesAreTheLogNormalQuantilesMappedThroughThePayoff() {
        double sigma = 0.5;
        double mu = 0.05;
        double horizon = 2;
        int paths = 50_000;
        Structure structure = TestStructures.builder()
                .horizon(horizon, 1)
                .seed(1974)
                .asset(new VolatileAsset("ETH", 1.0, mu, sigma, Jumps.NONE, OptionalDouble.empty()))
                .position(yieldPosition("ETH", 100, 0))
                .tranche("senior", 0.7, 0)
                .tranche("equity", 0.3, 0)
                .build();
        SimulationResult result = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, paths, 2));
        TrancheMetrics senior = result.tranches().get(0);
        TrancheMetrics equity = result.tranches().get(1);
        double[][] cases = {
            {0.05, senior.return5(), equity.return5(), result.pool().finalValue5()},
            {0.50, senior.return50(), equity.return50(), result.pool().finalValue50()},
            {0.95, senior.return95(), equity.return95(), result.pool().finalValue95()},
        };
        for (double[] c : cases) {
            double p = c[0];
            double z = NormalReference.inverseCdf(p);
            double spread = 4 * Math.sqrt(p * (1 - p) / paths) / NormalReference.density(z);
            double low = 100 * Math.exp((mu - 0.5 * sigma * sigma) * horizon + sigma * Math.sqrt(horizon) * (z - spread));
            double high = 100 * Math.exp((mu - 0.5 * sigma * sigma) * horizon + sigma * Math.sqrt(horizon) * (z + spread));
            assertBetween(seniorReturn(low, horizon), seniorReturn(high, horizon), c[1], "senior return " + p);
            assertBetween(equityReturn(low, horizon), equityReturn(high, horizon), c[2], "equity return " + p);
            assertBetween(low, high, c[3], "final value " + p);
        }
        // hand values at z_p itself, to show what is being checked: 5 %: V 26.9, equity wiped out
        assertEquals(-1, equity.return5(), 1e-12);
        assertEquals(0, senior.return50(), 1e-12, "V_T's median 86.1 covers the senior's 70");
    }

    private static double seniorReturn(double value, double horizon) {
        return Math.pow(Math.min(value, 70) / 70, 1 / horizon) - 1;
    }

    private static double equityReturn(double value, double horizon) {
        return Math.pow(Math.max(0, value - 70) / 30, 1 / horizon) - 1;
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        if (!(actual >= low - 1e-12 && actual <= high + 1e-12)) {
            throw new AssertionError(what + ": " + actual + " not in [" + low + ", " + high + "]");
        }
    }
}

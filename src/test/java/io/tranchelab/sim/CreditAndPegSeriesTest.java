package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.sum;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-step credit series and the peg-ratio fan the collateral panel draws. */
class CreditAndPegSeriesTest {

    private static final double PRINCIPAL = 1_000_000;
    private static final double PD = 0.02;
    private static final double LGD = 0.6;
    private static final int PATHS = 20_000;

    /** One year in four steps, 2,000 equal lines with PD 0.02 a year, rate 0, no fees. */
    private static Structure creditPool() {
        return TestStructures.builder()
                .horizon(1, 4)
                .seed(77)
                .asset(flatAsset("X", 1.0)) // held by nothing: the market may not be empty
                .position(new CreditLine("lines", PRINCIPAL, 2_000, 0, 700, OptionalDouble.of(PD), LGD, 0.15))
                .tranche("senior", 0.9, 0)
                .tranche("equity", 0.1, 0)
                .build();
    }

    @Test
    void creditSeriesAddUpToThePoolsCreditLossAndTheAnnualDefaultProbability() {
        Structure pool = creditPool();
        SimulationResult result = Simulator.run(pool, runSettings(pool, Scenario.BASE_NAME, PATHS, 2));
        WaterfallSeries w = result.waterfall();

        assertEquals(4, w.creditLosses().length);
        for (int s = 0; s < 4; s++) {
            // one loss given default for every line, and credit lines are the pool's only losses
            assertEquals(LGD * w.defaultedPrincipal()[s], w.creditLosses()[s], 1e-9 * PRINCIPAL);
            assertEquals(w.losses()[s], w.creditLosses()[s], 1e-9 * PRINCIPAL);
        }
        // per-step means summed against the per-path mean: two aggregations of the same losses
        assertEquals(result.pool().expectedCreditLoss(), sum(w.creditLosses()) / PRINCIPAL, 1e-9);
        // a line defaults within the year with probability PD whatever the copula: the mean defaulted
        // fraction is PD; the default fraction's spread (rho 0.15) is about 0.03, so its SE at
        // 20,000 paths is about 0.0002 and 0.001 is 5 SE
        assertEquals(PD, sum(w.defaultedPrincipal()) / PRINCIPAL, 0.001);
    }

    @Test
    void aPoolWithoutCreditLinesHasNoCreditSeriesAndNoPegFan() {
        Structure pool = TestStructures.builder().asset(flatAsset("ETH", 100))
                .position(yieldPosition("ETH", 10, 0)).tranche("senior", 0.8, 0).tranche("equity", 0.2, 0).build();
        SimulationResult result = Simulator.run(pool, runSettings(pool, Scenario.BASE_NAME, 64, 1));
        assertNull(result.waterfall().creditLosses());
        assertNull(result.waterfall().defaultedPrincipal());
        assertNull(result.fans().pegRatio());
        assertNull(result.fans().pegAsset());
    }

    /** ETH, stETH pegged to it with frequent deep depegs, USDC pegged to USD that never depegs. */
    private static Structure peggedPool(double stethUnits, double usdcUnits) {
        return TestStructures.builder()
                .horizon(1, 52)
                .asset(new io.tranchelab.model.VolatileAsset("ETH", 2000, 0, 0.6, null, OptionalDouble.empty()))
                .asset(new PeggedAsset("stETH", "ETH", new Depeg(6, 0.05, 10), OptionalDouble.empty()))
                .asset(new PeggedAsset("USDC", PeggedAsset.USD, Depeg.NONE, OptionalDouble.empty()))
                .position(yieldPosition("stETH", stethUnits, 0.03))
                .position(yieldPosition("USDC", usdcUnits, 0.0))
                .tranche("senior", 0.8, 0)
                .tranche("equity", 0.2, 0)
                .build();
    }

    @Test
    void thePegFanIsOfTheLargestPeggedHoldingStartsAtParAndNeverRisesAboveIt() {
        Structure pool = peggedPool(1_000, 1_000_000); // $2M of stETH, $1M of USDC
        SimulationResult result = Simulator.run(pool, runSettings(pool, Scenario.BASE_NAME, 2_000, 2));
        FanSeries fans = result.fans();

        assertEquals("stETH", fans.pegAsset());
        Fan peg = fans.pegRatio();
        int last = fans.times().length - 1;
        for (double[] level : new double[][] {peg.p5(), peg.p25(), peg.p50(), peg.p75(), peg.p95()}) {
            assertEquals(1.0, level[0], 1e-6, "every peg starts at par");
            for (double ratio : level) {
                assertTrue(ratio <= 1 + 1e-6, "depegs only push the ratio below par: " + ratio);
            }
        }
        // six depegs a year of mean depth 5 % reverting with a 10-day half-life: on about one path
        // in eight one started in the last week, so the 5th percentile at the horizon is well below par
        assertTrue(peg.p5()[last] < 0.99, "p5 at the horizon " + peg.p5()[last]);
    }

    @Test
    void aDollarPegThatNeverDepegsIsChartedAtExactlyOne() {
        Structure pool = peggedPool(1, 10_000_000); // $2k of stETH, $10M of USDC
        SimulationResult result = Simulator.run(pool, runSettings(pool, Scenario.BASE_NAME, 256, 1));
        assertEquals("USDC", result.fans().pegAsset());
        double[] ones = new double[result.fans().times().length];
        java.util.Arrays.fill(ones, 1.0);
        assertArrayEquals(ones, result.fans().pegRatio().p5(), 0);
        assertArrayEquals(ones, result.fans().pegRatio().p95(), 0);
    }
}

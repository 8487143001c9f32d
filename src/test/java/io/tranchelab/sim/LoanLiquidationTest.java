package io.tranchelab.sim;

import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.everyStep;
import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.scenario;
import static io.tranchelab.sim.TestStructures.singleLoan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One loan (docs/model.md §5.2) liquidated while its collateral slides 20 % a step.
 *
 * <p>Eight steps of 1/8 year. The pool lent 100 at 8 %/yr to one borrower at LTV 0.5, so the
 * borrower posted 200 units of ETH at 1.00. LT 0.8, penalty 0.1, close factor 0.5. Scenario
 * "slide": ETH's price is 0.8^s after step s (0.8, 0.64, 0.512, 0.4096, 0.32768, 0.262144 ...).
 * Senior 70 and equity 30, no coupons, fee, reserve or OC, so the pool's cash all ends up in the
 * final distribution. A healthy step pays 0.08 x 100 / 8 = 1 of interest.
 */
class LoanLiquidationTest {

    private static final double EPS = 1e-9;
    private static final String SLIDE = "slide";
    private static final String KEEPERS_FAIL = "keepers fail";
    private static final int STEPS = 8;

    private static Structure slidingCollateral(VolatileAsset eth, int oracleDelay, OptionalDouble capacity) {
        return TestStructures.builder()
                .horizon(1, STEPS)
                .asset(eth)
                .position(singleLoan("ETH", 100, 0.5, 0.08, oracleDelay, capacity))
                .tranche("senior", 0.70, 0)
                .tranche("equity", 0.30, 0)
                .scenario(scenario(SLIDE, 1.0, everyStep("ETH", STEPS, Math.log(0.8))))
                .scenario(scenario(KEEPERS_FAIL, 0.0, everyStep("ETH", STEPS, Math.log(0.8))))
                .build();
    }

    private static PathTrace trace(int oracleDelay, OptionalDouble capacity, String scenario) {
        return Simulator.tracePath(slidingCollateral(flatAsset("ETH", 1.0), oracleDelay, capacity), scenario, 5, 0);
    }

    @Test
    void loanIsLiquidatedInCloseFactorSlicesUntilItsCollateralRunsOut() {
        PathTrace t = trace(0, OptionalDouble.empty(), SLIDE);

        // Health LT x 200 x P against debt 100: 128 (step 1), 102.4 (step 2), 81.92 (step 3: unhealthy).
        // Step 3: repay 0.5 x 100 = 50, seize 50 x 1.1 / 0.512 units. Step 4 (health 30.3 < 50):
        // repay 25, seize 27.5 / 0.4096. Step 5: 12.5 would need 13.75 / 0.32768 = 42.0 units,
        // more than the 25.44 left: all are seized, repaying 25.44 x 0.32768 / 1.1 = 7.578, and the
        // remaining 17.42 of debt is bad debt.
        double leftAfterStep4 = 200 - 55 / 0.512 - 27.5 / 0.4096;
        double repaidInStep5 = leftAfterStep4 * 0.32768 / 1.1;
        double badDebt = 25 - repaidInStep5;
        assertEquals(7.578181818, repaidInStep5, 1e-8);

        assertArrayEquals(new double[] {0, 0, 50, 25, repaidInStep5, 0, 0, 0}, t.liquidationVolume(), EPS);
        assertArrayEquals(new double[] {0, 0, 50, 25, repaidInStep5, 0, 0, 0}, t.principalCash(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, badDebt, 0, 0, 0}, t.badDebt(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, badDebt, 0, 0, 0}, t.losses(), EPS);
        // Unhealthy loans pay no interest.
        assertArrayEquals(new double[] {1, 1, 0, 0, 0, 0, 0, 0}, t.income(), EPS);

        // Final: the 75 + 7.578 of cash; senior 70, equity the rest, losing the bad debt.
        assertEquals(0, t.liquidationProceeds(), EPS);
        assertEquals(75 + repaidInStep5, t.finalCash(), EPS);
        assertArrayEquals(new double[] {70, 5 + repaidInStep5}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, badDebt}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    @Test
    void oracleDelayOfTwoStepsStartsTheLiquidationTwoStepsLater() {
        PathTrace t = trace(2, OptionalDouble.empty(), SLIDE);

        // The oracle reports 1, 1, 0.8, 0.64, 0.512 in steps 1..5: healthy until step 5 (81.92 < 100).
        // Step 5 at 0.32768: repay 50, seize 55 / 0.32768 = 167.85 units, 32.15 left. Step 6 (oracle
        // 0.4096, health 10.5 < 50): 25 would need 27.5 / 0.262144 = 104.9 units: all 32.15 are
        // seized, repaying 32.15 x 0.262144 / 1.1 = 7.66; 42.34 is bad debt.
        double repaidInStep6 = (200 - 55 / 0.32768) * 0.262144 / 1.1;
        double badDebt = 50 - repaidInStep6;
        assertEquals(7.662545455, repaidInStep6, 1e-8);

        assertArrayEquals(new double[] {0, 0, 0, 0, 50, repaidInStep6, 0, 0}, t.liquidationVolume(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, badDebt, 0, 0}, t.badDebt(), EPS);
        assertArrayEquals(new double[] {1, 1, 1, 1, 0, 0, 0, 0}, t.income(), EPS);
        // The late liquidation costs the senior: the pool ends with 57.66 of cash against 70.
        assertArrayEquals(new double[] {50 + repaidInStep6, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {70 - 50 - repaidInStep6, 30}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    @Test
    void liquidationCapacityServesTheLoanInPart() {
        PathTrace t = trace(0, OptionalDouble.of(20), SLIDE);

        // Keepers repay at most 20 a step: 20 of the 50 in step 3 (debt 80), 20 of 40 in step 4
        // (debt 60), 20 of 30 in step 5 (debt 40). Step 6: 20 would need 22 / 0.262144 = 83.9 units
        // and 36.18 are left: all seized, repaying 36.18 x 0.262144 / 1.1 = 8.62; 31.38 is bad debt.
        double leftAfterStep5 = 200 - 22 / 0.512 - 22 / 0.4096 - 22 / 0.32768;
        double repaidInStep6 = leftAfterStep5 * 0.262144 / 1.1;
        double badDebt = 40 - repaidInStep6;
        assertEquals(8.622545455, repaidInStep6, 1e-8);

        assertArrayEquals(new double[] {0, 0, 20, 20, 20, repaidInStep6, 0, 0}, t.liquidationVolume(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, badDebt, 0, 0}, t.badDebt(), EPS);
        assertArrayEquals(new double[] {0, 0, 20, 20, 20, repaidInStep6, 0, 0}, t.principalCash(), EPS);
        assertArrayEquals(new double[] {60 + repaidInStep6, 0}, t.finalPrincipal(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    @Test
    void keepersThatFailLeaveTheUnderwaterLoanToTheFinalLiquidation() {
        PathTrace t = trace(0, OptionalDouble.empty(), KEEPERS_FAIL);

        // Capacity x 0 applies to a book with no cap: nothing is liquidated. The loan pays no
        // interest once unhealthy; at the horizon its 200 units are worth 200 x 0.8^8 = 33.55 < 100:
        // the collateral is sold in the final liquidation and 66.45 is bad debt.
        double collateralValue = 200 * Math.pow(0.8, 8);
        assertArrayEquals(new double[STEPS], t.liquidationVolume(), EPS);
        assertArrayEquals(new double[] {1, 1, 0, 0, 0, 0, 0, 0}, t.income(), EPS);
        assertEquals(collateralValue, t.liquidationProceeds(), EPS);
        assertEquals(100 - collateralValue, TestStructures.sum(t.badDebt()), EPS);
        assertArrayEquals(new double[] {collateralValue, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {70 - collateralValue, 30}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    @Test
    void liquidatorsSalesDepressTheNextStepsPrice() {
        // ETH's market depth is 1,000 USD: selling q in a step multiplies the next step's price
        // by (1 - q / 1000), permanently (docs/model.md §4.4).
        VolatileAsset shallowEth = flatAsset("ETH", 1.0).withMarketDepth(OptionalDouble.of(1000));
        PathTrace t = Simulator.tracePath(slidingCollateral(shallowEth, 0, OptionalDouble.empty()), SLIDE, 5, 0);

        // Step 3 as without impact: repay 50, seize 55 USD of ETH at 0.512 and sell it.
        // Step 4: price 0.4096 x (1 - 0.055) = 0.387072; repay 25, seize 27.5 USD (71.05 units).
        // Step 5: price 0.32768 x 0.945 x (1 - 0.0275); 13.75 USD would need more than the units
        // left: all are seized, repaying their value / 1.1; the rest of the 25 is bad debt.
        double price4 = 0.4096 * (1 - 0.055);
        double price5 = 0.32768 * (1 - 0.055) * (1 - 0.0275);
        double leftAfterStep4 = 200 - 55 / 0.512 - 27.5 / price4;
        double repaidInStep5 = leftAfterStep4 * price5 / 1.1;
        assertEquals(5.895, repaidInStep5, 1e-3);

        assertArrayEquals(new double[] {0, 0, 50, 25, repaidInStep5, 0, 0, 0}, t.liquidationVolume(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 0, 0, 25 - repaidInStep5, 0, 0, 0}, t.badDebt(), 1e-9);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    /** The same path through a run: every path is this one, so the pool's figures are its totals. */
    @Test
    void poolFiguresOfARunAreThePathsBadDebtAndLiquidations() {
        Structure structure = slidingCollateral(flatAsset("ETH", 1.0), 0, OptionalDouble.empty());
        PoolMetrics pool = Simulator.run(structure, TestStructures.runSettings(structure, SLIDE, 4, 1)).pool();
        double repaidInStep5 = (200 - 55 / 0.512 - 27.5 / 0.4096) * 0.32768 / 1.1; // as above
        double badDebt = 25 - repaidInStep5;
        assertEquals(100, pool.initialValue(), EPS);
        assertEquals(badDebt, pool.expectedBadDebt(), EPS);
        assertEquals(1.0, pool.probabilityOfBadDebt(), 0);
        assertEquals(50 + 25 + repaidInStep5, pool.expectedLiquidationVolume(), EPS);
        assertEquals(badDebt / 100, pool.expectedCreditLoss(), EPS);
    }
}

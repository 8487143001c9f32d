package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.TestStructures.atStep;
import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reserve account: filled from income, drawn for coupon shortfalls, senior shortfalls
 * before mezzanine ones (docs/model.md §7.4).
 *
 * <p>Two steps of half a year. 20 units of X pay 100 %/yr, 80 units of Y pay nothing (they
 * keep the final distribution large enough to show the mezzanine's carried coupon). Senior
 * 70 at 5 %, mezzanine 20 at 10 %, equity 10; no fee; reserve 3 % of senior = 2.1; no OC.
 * Per step: senior coupon 0.05 x 70 x 0.5 = 1.75, mezzanine coupon 0.10 x 20 x 0.5 = 1.
 */
class ReserveDrawTest {

    private static final double EPS = 1e-9;
    private static final String CRASH = "crash";

    private static final Structure STRUCTURE = TestStructures.builder()
            .horizon(1, 2)
            .asset(flatAsset("X", 1.0))
            .asset(flatAsset("Y", 1.0))
            .position(yieldPosition("X", 20, 1.0))
            .position(yieldPosition("Y", 80, 0.0))
            .tranche("senior", 0.70, 0.05)
            .tranche("mezzanine", 0.20, 0.10)
            .tranche("equity", 0.10, 0)
            .waterfall(0, 0.03, 0)
            // X falls to 0.05 in step 2.
            .scenario(shockScenario(CRASH, new PriceShock("X", 2, Math.log(0.05))))
            .build();

    @Test
    void firstStepFillsTheReserveFromIncome() {
        PathTrace t = Simulator.tracePath(STRUCTURE, CRASH, 1, 0);

        // Income 1.0 x 20 x 1 x 0.5 = 10: coupons 1.75 + 1, reserve 2.1, equity 10 - 4.85 = 5.15.
        assertEquals(10, t.income()[0], EPS);
        assertArrayEquals(new double[] {1.75, 1, 0}, atStep(t.coupons(), 0), EPS);
        assertEquals(2.1, t.reserveTopUp()[0], EPS);
        assertEquals(0, t.reserveDraw()[0], EPS);
        assertEquals(5.15, t.equity()[0], EPS);
    }

    @Test
    void seniorShortfallIsDrawnFromTheReserveBeforeTheMezzanines() {
        PathTrace t = Simulator.tracePath(STRUCTURE, CRASH, 1, 0);

        // Income 1.0 x 20 x 0.05 x 0.5 = 0.5 pays part of the senior coupon; the reserve (2.1)
        // pays the senior's other 1.25 first, then the mezzanine gets what is left: 0.85 of 1,
        // and 0.15 is carried. Nothing is left to top the reserve up or pay equity.
        assertEquals(0.5, t.income()[1], EPS);
        assertEquals(1.75, t.coupons()[0][1], EPS);
        assertEquals(0.85, t.coupons()[1][1], EPS);
        assertEquals(2.1, t.reserveDraw()[1], EPS);
        assertEquals(0, t.reserveTopUp()[1], EPS);
        assertEquals(0, t.equity()[1], EPS);
        assertEquals(0, t.finalReserve(), EPS);
    }

    @Test
    void unpaidMezzanineCouponIsCarriedIntoTheFinalDistribution() {
        PathTrace t = Simulator.tracePath(STRUCTURE, CRASH, 1, 0);

        // Proceeds 20 x 0.05 + 80 = 81: senior 70, mezzanine 0.15 carried coupon then 10.85 of
        // its 20 of principal, equity nothing.
        assertEquals(81, t.liquidationProceeds(), EPS);
        assertArrayEquals(new double[] {0, 0.15, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {70, 10.85, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 9.15, 10}, t.loss(), EPS);
        // Sources 10 + 0.5 + 81 = uses 7.9 (step 1) + 2.6 (step 2) + 81 (final).
        assertEquals(91.5, t.totalSources(), EPS);
        assertEquals(91.5, t.totalUses(), EPS);
    }

    @Test
    void reserveIsLeftAloneWhileIncomeCoversTheCoupons() {
        PathTrace t = Simulator.tracePath(STRUCTURE, Scenario.BASE_NAME, 1, 0);

        // Step 2 without the crash: income 10, coupons 2.75, the reserve is already at 2.1.
        assertEquals(0, t.reserveDraw()[1], EPS);
        assertEquals(0, t.reserveTopUp()[1], EPS);
        assertEquals(7.25, t.equity()[1], EPS);
        // Final: 100 + the reserve's 2.1 -> 70, 20, 12.1.
        assertEquals(2.1, t.finalReserve(), EPS);
        assertArrayEquals(new double[] {70, 20, 12.1}, t.finalPrincipal(), EPS);
    }
}

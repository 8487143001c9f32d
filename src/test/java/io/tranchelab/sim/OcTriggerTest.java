package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.TestStructures.atStep;
import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overcollateralization trigger: diverts cash to senior principal while breached, releases it after. */
class OcTriggerTest {

    private static final double EPS = 1e-9;
    private static final String DIP = "dip";

    /**
     * Four quarterly steps; 100 units of X at 20 %/yr; senior 70 at 4 %, mezzanine 20 at 8 %,
     * equity 10; no fee or reserve; OC 1.20. X dips to 0.80 in step 1 and is back at 1.00 in
     * step 2.
     */
    private static final Structure DIP_AND_RECOVERY = TestStructures.builder()
            .horizon(1, 4)
            .asset(flatAsset("X", 1.0))
            .position(yieldPosition("X", 100, 0.20))
            .tranche("senior", 0.70, 0.04)
            .tranche("mezzanine", 0.20, 0.08)
            .tranche("equity", 0.10, 0)
            .waterfall(0, 0, 1.20)
            .scenario(shockScenario(DIP, new PriceShock("X", 1, Math.log(0.8)), new PriceShock("X", 2, Math.log(1.25))))
            .build();

    @Test
    void breachedTriggerTurbosTheSeniorAndCarriesTheMezzanineCoupon() {
        PathTrace t = Simulator.tracePath(DIP_AND_RECOVERY, DIP, 7, 0);

        // Step 1: NAV 80, 80 / 70 = 1.14 < 1.20. Income 0.2 x 100 x 0.8 x 0.25 = 4; senior coupon
        // 0.04 x 70 x 0.25 = 0.7; the other 3.3 pays down the senior (to 66.7); the mezzanine's
        // 0.4 is carried; equity gets nothing.
        assertTrue(t.ocBreached()[0]);
        assertEquals(4, t.income()[0], EPS);
        assertArrayEquals(new double[] {0.7, 0, 0}, atStep(t.coupons(), 0), EPS);
        assertEquals(3.3, t.turbo()[0], EPS);
        assertEquals(0, t.equity()[0], EPS);
        // NAV 80 after the waterfall: senior 66.7, the mezzanine's claim 20.4 gets 13.3.
        assertArrayEquals(new double[] {66.7, 13.3, 0}, atStep(t.trancheValues(), 0), EPS);
    }

    @Test
    void curedTriggerPaysTheCarriedCouponAndReleasesCashToEquity() {
        PathTrace t = Simulator.tracePath(DIP_AND_RECOVERY, DIP, 7, 0);

        // Step 2: NAV 100 / 66.7 = 1.50 passes. Income 5; senior coupon 0.04 x 66.7 x 0.25 = 0.667;
        // mezzanine 0.4 + 0.4 carried = 0.8; equity 5 - 1.467 = 3.533.
        assertFalse(t.ocBreached()[1]);
        assertEquals(5, t.income()[1], EPS);
        assertArrayEquals(new double[] {0.667, 0.8, 0}, atStep(t.coupons(), 1), EPS);
        assertEquals(0, t.turbo()[1], EPS);
        assertEquals(3.533, t.equity()[1], EPS);
        // Steps 3 and 4: 0.667 + 0.4 of coupons, 3.933 to equity.
        for (int step = 2; step < 4; step++) {
            assertFalse(t.ocBreached()[step]);
            assertArrayEquals(new double[] {0.667, 0.4, 0}, atStep(t.coupons(), step), EPS);
            assertEquals(3.933, t.equity()[step], EPS);
        }
        // Final 100: senior 66.7 outstanding, mezzanine 20, equity the 13.3 left. No losses.
        assertArrayEquals(new double[] {66.7, 20, 13.3}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 0, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {0, 0, 0}, t.loss(), EPS);
        // Sources 4 + 15 + 100 = 119.
        assertEquals(119, t.totalSources(), EPS);
        assertEquals(119, t.totalUses(), EPS);
    }

    /**
     * One step of a year: 20 of initial cash and 80 units of X at 25 %/yr; senior 70 at 5 %,
     * equity 30; OC 1.10 (or none). X halves in the step.
     */
    private static Structure cashAndHalvingPrice(double ocThreshold) {
        return TestStructures.builder()
                .horizon(1, 1)
                .initialCash(20)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 80, 0.25))
                .tranche("senior", 0.70, 0.05)
                .tranche("equity", 0.30, 0)
                .waterfall(0, 0, ocThreshold)
                .scenario(shockScenario("halving", new PriceShock("X", 1, Math.log(0.5))))
                .build();
    }

    @Test
    void breachedTriggerAlsoSweepsThePrincipalCashToTheSenior() {
        PathTrace t = Simulator.tracePath(cashAndHalvingPrice(1.10), "halving", 3, 0);

        // NAV 40 + 20 = 60 < 1.10 x 70. Income 0.25 x 80 x 0.5 = 10; senior coupon 3.5; turbo
        // 6.5 of income + 20 of cash = 26.5 (senior 43.5 left). Final: 40 to the senior, which
        // loses 3.5; equity loses its 30.
        assertTrue(t.ocBreached()[0]);
        assertEquals(26.5, t.turbo()[0], EPS);
        assertEquals(0, t.equity()[0], EPS);
        assertEquals(0, t.finalCash(), EPS);
        assertArrayEquals(new double[] {40, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {3.5, 30}, t.loss(), EPS);
        assertEquals(70, t.totalSources(), EPS);
        assertEquals(70, t.totalUses(), EPS);
    }

    @Test
    void withoutTheTriggerEquityIsPaidAndTheSeniorLosesMore() {
        PathTrace t = Simulator.tracePath(cashAndHalvingPrice(0), "halving", 3, 0);

        // Equity takes 10 - 3.5 = 6.5 of income; the final 40 + 20 of cash goes to the senior,
        // which loses 70 - 60 = 10.
        assertFalse(t.ocBreached()[0]);
        assertEquals(0, t.turbo()[0], EPS);
        assertEquals(6.5, t.equity()[0], EPS);
        assertEquals(20, t.finalCash(), EPS);
        assertArrayEquals(new double[] {60, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {10, 30}, t.loss(), EPS);
    }
}

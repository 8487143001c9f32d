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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OC turbo diverts only what cures the test (docs/model.md §7.5): paying x of
 * income to the senior leaves the NAV N and lowers the senior S, so it cures at
 * x = S - N / k; paying y of pool cash lowers both, and (N - y) / (S - y) rises when N > S,
 * curing at y = (k S - N) / (k - 1). Hand-computed one-step cases; the cases where the test
 * cannot be cured within the step (worked example C, OcTriggerTest) are unchanged.
 */
class OcCureTest {

    private static final double EPS = 1e-9;

    private static PathTrace trace(Structure structure, String scenario) {
        return Simulator.tracePath(structure, scenario, structure.simulation().seed(), 0);
    }

    @Test
    void poolCashCuresTheTestWhenTheNavIsAboveTheSenior() {
        // One step of a year: 20 of cash and 80 units of X at 5 %; senior 70 at 5 %, equity 30;
        // OC 1.25; X falls to 0.80.
        Structure structure = TestStructures.builder()
                .horizon(1, 1)
                .initialCash(20)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 80, 0.05))
                .tranche("senior", 0.70, 0.05)
                .tranche("equity", 0.30, 0)
                .waterfall(0, 0, 1.25)
                .scenario(shockScenario("fall", new PriceShock("X", 1, Math.log(0.8))))
                .build();
        PathTrace t = trace(structure, "fall");

        // NAV 64 + 20 = 84 < 1.25 x 70 = 87.5: breached. Income 0.05 x 80 x 0.8 = 3.2 pays the
        // senior coupon in part (0.3 of 3.5 carried); no income is left. Cash cures it at
        // (87.5 - 84) / 0.25 = 14: senior 56, cash 6, and (84 - 14) / 56 = 1.25 passes. Paying
        // all 20 (the former rule) would have left senior 50 and no cash.
        assertTrue(t.ocBreached()[0]);
        assertArrayEquals(new double[] {3.2, 0}, atStep(t.coupons(), 0), EPS);
        assertEquals(14, t.turbo()[0], EPS);
        assertEquals(0, t.equity()[0], EPS);
        // NAV after the step 64 + 6 = 70: senior's claim 56 + 0.3 carried, equity the rest.
        assertArrayEquals(new double[] {56.3, 13.7}, atStep(t.trancheValues(), 0), EPS);
        // Final: 64 + cash 6 = 70; senior 0.3 carried + 56; equity 13.7 (loses 16.3).
        assertEquals(6, t.finalCash(), EPS);
        assertArrayEquals(new double[] {0.3, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {56, 13.7}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 16.3}, t.loss(), EPS);
        // Sources 20 + 3.2 + 64 = 87.2 = uses 3.2 + 14 + 70.
        assertEquals(87.2, t.totalSources(), EPS);
        assertEquals(87.2, t.totalUses(), EPS);
    }

    @Test
    void incomeBeyondTheCureFlowsOnToTheMezzanineAndTheReserve() {
        // Worked-example set-up (docs/model.md §12: fee 1 %, reserve 2 % of senior, OC 1.10, yield
        // 10 %), with X falling to 0.76 instead of C's 0.70.
        Structure structure = TestStructures.workedExample(0.10)
                .scenario(shockScenario("fall", new PriceShock("X", 1, Math.log(0.76))))
                .build();
        PathTrace t = trace(structure, "fall");

        // NAV 76 < 1.10 x 70 = 77: breached. Income 7.6; fee 0.76; senior coupon 3.5; 3.34 left.
        // The cure needs 70 - 76 / 1.1 = 0.909091 (senior 69.090909, 76 / 69.090909 = 1.10);
        // the other 2.430909 pays the mezzanine coupon 2 and tops the reserve up by 0.430909
        // (its target 2 % x 69.090909 = 1.381818 is not reached); equity gets nothing.
        double cure = 70 - 76 / 1.1;
        assertTrue(t.ocBreached()[0]);
        assertEquals(0.76, t.fees()[0], EPS);
        assertEquals(cure, t.turbo()[0], EPS);
        assertArrayEquals(new double[] {3.5, 2, 0}, atStep(t.coupons(), 0), EPS);
        assertEquals(3.34 - cure - 2, t.reserveTopUp()[0], EPS);
        assertEquals(0, t.equity()[0], EPS);
        // Final: 76 + reserve 0.430909 = 76.430909; senior 69.090909; mezzanine 7.34; equity 0.
        assertArrayEquals(new double[] {70 - cure, 7.34, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 12.66, 10}, t.loss(), EPS);
        // Sources 7.6 + 76 = uses 0.76 + 5.5 + 0.909091 + 76.430909.
        assertEquals(83.6, t.totalSources(), EPS);
        assertEquals(83.6, t.totalUses(), EPS);
    }
}

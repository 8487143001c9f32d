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
 * The management fee and the coupons accrue per step, a year's rate times the step's length
 * (docs/model.md §7): the fee on the NAV at the step's mark, before the step's distribution.
 * {@link CarriedFeeTest} has yearly steps, where a rate times the step and the rate divided by it
 * agree.
 *
 * <p>Two quarterly steps. 100 units of X at 1.00 earning 8 %/yr; fee 2 %/yr; senior 70 at 4 %,
 * equity 30. X falls to 0.80 in step 2.
 */
class QuarterlyFeeTest {

    private static final double EPS = 1e-12;

    @Test
    void feeAndCouponAreAQuarterOfTheirYearlyRatesOnTheStepsMark() {
        Structure structure = TestStructures.builder()
                .horizon(0.5, 4)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 100, 0.08))
                .tranche("senior", 0.70, 0.04)
                .tranche("equity", 0.30, 0)
                .waterfall(0.02, 0, 0)
                .scenario(shockScenario("fall", new PriceShock("X", 2, Math.log(0.8))))
                .build();
        PathTrace t = Simulator.tracePath(structure, "fall", 1, 0);

        // Step 1: income 0.08 x 100 / 4 = 2; fee 0.02 x 100 / 4 = 0.5; senior 0.04 x 70 / 4 = 0.7.
        // Step 2 at 0.80: income 0.08 x 80 / 4 = 1.6; fee 0.02 x 80 / 4 = 0.4; senior 0.7 again.
        assertArrayEquals(new double[] {2, 1.6}, t.income(), EPS);
        assertArrayEquals(new double[] {0.5, 0.4}, t.fees(), EPS);
        assertArrayEquals(new double[] {0.7, 0.7}, t.coupons()[0], EPS);
        assertArrayEquals(new double[] {0.8, 0.5}, t.equity(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Credit lines at the two ends where nothing is (practically) random: PD 0, and a PD as close
 * to 1 as the validator allows (it must be below 1). 100 lent over 10 lines at 10 %/yr, LGD
 * 0.6, no correlation, two half-year steps; senior 70 and equity 30 without coupons.
 */
class CreditLineTest {

    private static final double EPS = 1e-9;

    private static PathTrace trace(double annualDefaultProbability) {
        Structure structure = TestStructures.builder()
                .horizon(1, 2)
                .asset(flatAsset("X", 1.0))
                .position(new CreditLine("lines", 100, 10, 0.10, 700, OptionalDouble.of(annualDefaultProbability),
                        0.6, 0))
                .tranche("senior", 0.7, 0)
                .tranche("equity", 0.3, 0)
                .build();
        return Simulator.tracePath(structure, "base", 99, 0);
    }

    @Test
    void linesThatNeverDefaultPayInterestAndAreRepaidAtPar() {
        PathTrace t = trace(0);

        // 0.10 x 100 x 0.5 = 5 a step, all to equity; 100 back at the horizon.
        assertArrayEquals(new double[] {5, 5}, t.income(), EPS);
        assertArrayEquals(new double[] {5, 5}, t.equity(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.losses(), EPS);
        assertEquals(100, t.liquidationProceeds() + t.finalCash(), EPS);
        assertArrayEquals(new double[] {70, 30}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.loss(), EPS);
    }

    @Test
    void linesThatAllButSurelyDefaultLoseTheirLossGivenDefaultInTheFirstStep() {
        PathTrace t = trace(1 - 1e-12);

        // Per step 1 - (1e-12)^0.5 = 1 - 1e-6: all 10 lines default in step 1 but with
        // probability 1e-5. They pay no interest, lose 0.6 x 100 = 60 and return 40 as
        // principal cash, which is all the senior gets.
        assertArrayEquals(new double[] {0, 0}, t.income(), EPS);
        assertArrayEquals(new double[] {60, 0}, t.losses(), EPS);
        assertArrayEquals(new double[] {40, 0}, t.principalCash(), EPS);
        assertEquals(0, t.liquidationProceeds(), EPS);
        assertArrayEquals(new double[] {40, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {30, 30}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.everyStep;
import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.scenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A book of two borrowers (docs/model.md §5.2), computed by hand step by step: the book's
 * principal is split evenly, each borrower posts collateral at its own LTV, the keepers' capacity
 * is shared by the unhealthy loans worst health first, and the book is marked at the lesser of
 * each loan's debt and its collateral's value. {@link LoanLiquidationTest} has one borrower, where
 * an even split, the order of the queue and the capacity left for the next loan cannot show.
 *
 * <p>Eight steps of 1/8 year. 100 lent at 8 %/yr to two borrowers at LTV 0.4 (A) and 0.6 (B):
 * 50 each, A posts 125 units of ETH at 1.00, B 83.33. LT 0.8, penalty 0.1, close factor 0.5,
 * keepers repay at most 20 a step. ETH is 0.8^s after step s. Senior 70 and equity 30, no
 * coupons, fee, reserve or OC. A healthy loan pays 0.08 x 50 / 8 = 0.5 a step.
 */
class TwoBorrowerLiquidationTest {

    private static final double EPS = 1e-9;
    static final String SLIDE = "slide";
    private static final int STEPS = 8;

    /** The two-borrower book on ETH sliding 20 % a step, scenario "slide". */
    static Structure structure() {
        LoanBook book = new LoanBook("loans", "ETH", 100, 2, 0.4, 0.6, 0.08, 0.8, 0.1, 0.5, 0,
                OptionalDouble.of(20));
        return TestStructures.builder()
                .horizon(1, STEPS)
                .asset(flatAsset("ETH", 1.0))
                .position(book)
                .tranche("senior", 0.70, 0)
                .tranche("equity", 0.30, 0)
                .scenario(scenario(SLIDE, 1.0, everyStep("ETH", STEPS, Math.log(0.8))))
                .build();
    }

    private static PathTrace trace() {
        return Simulator.tracePath(structure(), SLIDE, 5, 0);
    }

    @Test
    void keepersShareTheirCapacityWorstLoanFirst() {
        PathTrace t = trace();
        double unitsA = 50 / 0.4;
        double unitsB = 50 / 0.6;
        // Step 1 (0.8): health LT x units x P / debt = 1.6 (A), 1.07 (B): both pay 0.5.
        // Step 2 (0.64): B at 0.8 x 83.33 x 0.64 / 50 = 0.853 < 1: repay min(25, 20) = 20,
        // seize 22 / 0.64 units. A (1.28) pays 0.5.
        unitsB -= 20 * 1.1 / 0.64;
        double debtB = 30;
        // Step 3 (0.512): B at 0.668: repay min(15, 20) = 15, seize 16.5 / 0.512. A: 51.2 / 50 healthy.
        unitsB -= 15 * 1.1 / 0.512;
        debtB -= 15;
        double markStep3 = 50 + unitsB * 0.512;
        // Step 4 (0.4096): A at 40.96 / 50 = 0.82, B at 0.37: B first. Its 7.5 would need
        // 8.25 / 0.4096 = 20.1 units, more than its 16.7: all seized, repaying their value / 1.1;
        // the rest of its 15 is bad debt. A gets the 20 of capacity B did not use.
        double repaidB = unitsB * 0.4096 / 1.1;
        double badB = debtB - repaidB;
        double repaidA4 = 20 - repaidB;
        double unitsA4 = unitsA - repaidA4 * 1.1 / 0.4096;
        double debtA4 = 50 - repaidA4;
        double markStep4 = Math.min(debtA4, unitsA4 * 0.4096);
        assertEquals(6.230303030, repaidB, 1e-8);
        // Step 5 (0.32768): A at 0.64: repay half its debt (less than the 20), seize 1.1 x that / P.
        double repaidA5 = debtA4 / 2;
        double unitsA5 = unitsA4 - repaidA5 * 1.1 / 0.32768;
        double debtA5 = debtA4 - repaidA5;
        // Step 6 (0.262144): half of A's debt would need more units than are left: all seized.
        double repaidA6 = unitsA5 * 0.262144 / 1.1;
        double badA = debtA5 - repaidA6;

        double[] volume = {0, 20, 15, 20, repaidA5, repaidA6, 0, 0};
        assertArrayEquals(volume, t.liquidationVolume(), EPS);
        assertArrayEquals(volume, t.principalCash(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, badB, 0, badA, 0, 0}, t.badDebt(), EPS);
        assertArrayEquals(new double[] {1, 0.5, 0.5, 0, 0, 0, 0, 0}, t.income(), EPS);
        // NAV = the book's mark (each loan at the lesser of its debt and its collateral's value)
        // plus the principal cash kept in the pool; the income went to the equity.
        assertEquals(100, t.nav()[0], EPS);
        assertEquals(50 + 30 + 20, t.nav()[1], EPS);
        assertEquals(markStep3 + 35, t.nav()[2], EPS);
        assertEquals(markStep4 + 55, t.nav()[3], EPS);
        assertEquals(Math.min(debtA5, unitsA5 * 0.32768) + 55 + repaidA5, t.nav()[4], EPS);

        double cash = 20 + 15 + 20 + repaidA5 + repaidA6;
        assertArrayEquals(new double[] {70, cash - 70}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 30 - (cash - 70)}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.TestStructures.atStep;
import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/model.md §12, examples A, B and C, figure by figure. One step of a year and no
 * volatility, so every path is the same and a run's means equal the single path's figures.
 */
class WorkedExamplesTest {

    private static final double EPS = 1e-9;
    private static final int SENIOR = 0;
    private static final int MEZZANINE = 1;
    private static final int EQUITY = 2;

    private static final Structure EXAMPLE_A = TestStructures.workedExample(0.10).build();
    private static final Structure EXAMPLE_B = TestStructures.workedExample(0.05).build();
    private static final Structure EXAMPLE_C = TestStructures.workedExample(0.10)
            .scenario(shockScenario("C", new PriceShock("X", 1, Math.log(0.7))))
            .build();

    private static PathTrace trace(Structure structure, String scenario) {
        return Simulator.tracePath(structure, scenario, structure.simulation().seed(), 0);
    }

    @Test
    void exampleAPaysEveryCouponTopsUpTheReserveAndRepaysEveryTranche() {
        PathTrace t = trace(EXAMPLE_A, Scenario.BASE_NAME);

        assertEquals(10, t.income()[0], EPS);
        assertEquals(0, t.principalCash()[0], EPS);
        assertEquals(1, t.fees()[0], EPS);
        assertEquals(3.5, t.coupons()[SENIOR][0], EPS);
        assertEquals(2, t.coupons()[MEZZANINE][0], EPS);
        assertEquals(0, t.coupons()[EQUITY][0], EPS);
        assertEquals(1.4, t.reserveTopUp()[0], EPS);
        assertEquals(0, t.reserveDraw()[0], EPS);
        assertEquals(0, t.turbo()[0], EPS);
        assertEquals(2.1, t.equity()[0], EPS);
        assertFalse(t.ocBreached()[0]);
        // After the waterfall: 100 of position + 1.4 of reserve, split 70 / 20 / 11.4.
        assertEquals(101.4, t.nav()[0], EPS);
        assertArrayEquals(new double[] {70, 20, 11.4}, atStep(t.trancheValues(), 0), EPS);

        assertEquals(100, t.liquidationProceeds(), EPS);
        assertEquals(1.4, t.finalReserve(), EPS);
        assertEquals(0, t.finalCash(), EPS);
        assertEquals(0, t.finalFees(), EPS);
        assertArrayEquals(new double[] {0, 0, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {70, 20, 11.4}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 0, 0}, t.loss(), EPS);

        // Sources 10 + 100 = uses 1 + 5.5 + 2.1 + 101.4.
        assertEquals(110, t.totalSources(), EPS);
        assertEquals(110, t.totalUses(), EPS);
    }

    @Test
    void exampleBCarriesTheMezzanineShortfallAndPaysItFromTheFinalDistribution() {
        PathTrace t = trace(EXAMPLE_B, Scenario.BASE_NAME);

        assertEquals(5, t.income()[0], EPS);
        assertEquals(1, t.fees()[0], EPS);
        assertEquals(3.5, t.coupons()[SENIOR][0], EPS);
        assertEquals(0.5, t.coupons()[MEZZANINE][0], EPS);
        assertEquals(0, t.reserveTopUp()[0], EPS);
        assertEquals(0, t.reserveDraw()[0], EPS);
        assertEquals(0, t.equity()[0], EPS);
        assertEquals(0, t.turbo()[0], EPS);
        // NAV 100; the mezzanine's claim is 20 + 1.5 carried.
        assertEquals(100, t.nav()[0], EPS);
        assertArrayEquals(new double[] {70, 21.5, 8.5}, atStep(t.trancheValues(), 0), EPS);

        assertEquals(100, t.liquidationProceeds(), EPS);
        assertEquals(0, t.finalReserve(), EPS);
        // The carried 1.5 is paid first, then the mezzanine's 20 of principal.
        assertArrayEquals(new double[] {0, 1.5, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {70, 20, 8.5}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 0, 1.5}, t.loss(), EPS);

        // Sources 5 + 100 = uses 1 + 3.5 + 0.5 + 70 + 21.5 + 8.5.
        assertEquals(105, t.totalSources(), EPS);
        assertEquals(105, t.totalUses(), EPS);
    }

    @Test
    void exampleCBreachesTheOcTestTurbosTheSeniorAndWipesOutEquity() {
        PathTrace t = trace(EXAMPLE_C, "C");

        // NAV 70 at the step's mark; 70 / 70 < 1.10.
        assertTrue(t.ocBreached()[0]);
        assertEquals(7, t.income()[0], EPS);
        assertEquals(0.7, t.fees()[0], EPS);
        assertEquals(3.5, t.coupons()[SENIOR][0], EPS);
        assertEquals(0, t.coupons()[MEZZANINE][0], EPS);
        assertEquals(2.8, t.turbo()[0], EPS);
        assertEquals(0, t.reserveTopUp()[0], EPS);
        assertEquals(0, t.reserveDraw()[0], EPS);
        assertEquals(0, t.equity()[0], EPS);
        // NAV 70: senior claim 67.2, the mezzanine's 20 + 2 carried takes the 2.8 left.
        assertEquals(70, t.nav()[0], EPS);
        assertArrayEquals(new double[] {67.2, 2.8, 0}, atStep(t.trancheValues(), 0), EPS);

        assertEquals(70, t.liquidationProceeds(), EPS);
        assertArrayEquals(new double[] {0, 2, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {67.2, 0.8, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 19.2, 10}, t.loss(), EPS);

        // Sources 7 + 70 = uses 0.7 + 3.5 + 2.8 + 67.2 + 2 + 0.8.
        assertEquals(77, t.totalSources(), EPS);
        assertEquals(77, t.totalUses(), EPS);
    }

    @Test
    void exampleCWithoutItsScenarioIsExampleA() {
        PathTrace base = trace(EXAMPLE_C, Scenario.BASE_NAME);
        assertEquals(2.1, base.equity()[0], EPS);
        assertArrayEquals(new double[] {0, 0, 0}, base.loss(), EPS);
    }

    @Test
    void exampleARunReportsNoLossesAndTheCouponsAsReturns() {
        SimulationResult r = Simulator.run(EXAMPLE_A, runSettings(EXAMPLE_A, Scenario.BASE_NAME, 8, 2));

        assertExpectedLosses(r, 0, 0, 0);
        assertInitialPrincipals(r);
        // Cash received over one year / principal - 1: 73.5 / 70, 22 / 20, (2.1 + 11.4) / 10.
        assertEquals(0.05, r.tranches().get(SENIOR).returnMean(), EPS);
        assertEquals(0.10, r.tranches().get(MEZZANINE).returnMean(), EPS);
        assertEquals(0.35, r.tranches().get(EQUITY).returnMean(), EPS);
        WaterfallSeries w = r.waterfall();
        assertEquals(1, w.fees()[0], EPS);
        assertEquals(3.5, w.coupons()[SENIOR][0], EPS);
        assertEquals(2, w.coupons()[MEZZANINE][0], EPS);
        assertEquals(1.4, w.reserveTopUp()[0], EPS);
        assertEquals(0, w.turbo()[0], EPS);
        assertEquals(2.1, w.equity()[0], EPS);
        assertEquals(10, w.income()[0], EPS);
        assertEquals(70, w.finalPrincipal()[SENIOR], EPS);
        assertEquals(20, w.finalPrincipal()[MEZZANINE], EPS);
        assertEquals(11.4, w.finalPrincipal()[EQUITY], EPS);
        assertEquals(100, r.pool().initialValue(), EPS);
        assertEquals(0, r.pool().expectedCreditLoss(), EPS);
    }

    @Test
    void exampleBRunReportsAFifteenPercentEquityLoss() {
        SimulationResult r = Simulator.run(EXAMPLE_B, runSettings(EXAMPLE_B, Scenario.BASE_NAME, 8, 2));

        assertExpectedLosses(r, 0, 0, 0.15);
        TrancheMetrics equity = r.tranches().get(EQUITY);
        assertEquals(1, equity.probabilityOfLoss(), EPS);
        assertEquals(0.15, equity.lossGivenDefault(), EPS);
        assertEquals(0, r.tranches().get(MEZZANINE).probabilityOfLoss(), EPS);
        // (0.5 + 21.5) / 20 - 1 and 8.5 / 10 - 1.
        assertEquals(0.10, r.tranches().get(MEZZANINE).returnMean(), EPS);
        assertEquals(-0.15, equity.returnMean(), EPS);
        assertEquals(0.15, equity.var95(), EPS);
        assertEquals(0.15, equity.var99(), EPS);
        assertEquals(0.15, equity.es95(), EPS);
        assertEquals(0.15, equity.es99(), EPS);
        for (double loss : r.trancheLosses().get(EQUITY)) {
            assertEquals(0.15, loss, EPS);
        }
    }

    @Test
    void exampleCRunReportsTheMezzanineAndEquityLosses() {
        SimulationResult r = Simulator.run(EXAMPLE_C, runSettings(EXAMPLE_C, "C", 8, 2));

        assertEquals("C", r.scenario());
        assertExpectedLosses(r, 0, 0.96, 1.0);
        assertEquals(0.96, r.tranches().get(MEZZANINE).lossGivenDefault(), EPS);
        // (3.5 + 2.8 + 67.2) / 70 - 1, (2 + 0.8) / 20 - 1, 0 / 10 - 1.
        assertEquals(0.05, r.tranches().get(SENIOR).returnMean(), EPS);
        assertEquals(-0.86, r.tranches().get(MEZZANINE).returnMean(), EPS);
        assertEquals(-1, r.tranches().get(EQUITY).returnMean(), EPS);
        assertEquals(2.8, r.waterfall().turbo()[0], EPS);
        assertEquals(0.7, r.waterfall().fees()[0], EPS);
        assertEquals(67.2, r.waterfall().finalPrincipal()[SENIOR], EPS);
        assertEquals(2, r.waterfall().finalCoupon()[MEZZANINE], EPS);
        // The fall in price is a market loss, not a credit loss: it reaches the tranches through the final distribution.
        assertEquals(0, r.pool().expectedCreditLoss(), EPS);
    }

    private static void assertExpectedLosses(SimulationResult r, double senior, double mezzanine, double equity) {
        assertEquals(senior, r.tranches().get(SENIOR).expectedLoss(), EPS);
        assertEquals(mezzanine, r.tranches().get(MEZZANINE).expectedLoss(), EPS);
        assertEquals(equity, r.tranches().get(EQUITY).expectedLoss(), EPS);
        for (TrancheMetrics m : r.tranches()) {
            // Every path is the same path, bit for bit: the standard error is exactly 0. (A
            // one-pass variance, sum of squares - n mean^2, leaves rounding noise of about
            // 1e-16 / n in the variance, so a standard error near 5e-9 for a loss of 0.96.)
            assertEquals(0, m.expectedLossStandardError(), EPS, m.name() + " standard error of identical paths");
            assertEquals(1, m.weightedAverageLife(), EPS, m.name());
        }
        assertEquals(8, r.paths());
        assertEquals(1, r.steps());
    }

    private static void assertInitialPrincipals(SimulationResult r) {
        assertEquals(70, r.tranches().get(SENIOR).initialPrincipal(), EPS);
        assertEquals(20, r.tranches().get(MEZZANINE).initialPrincipal(), EPS);
        assertEquals(10, r.tranches().get(EQUITY).initialPrincipal(), EPS);
    }
}

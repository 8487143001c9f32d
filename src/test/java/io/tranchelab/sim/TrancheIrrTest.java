package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each tranche's IRR from the dated cash a run pays it (docs/model.md §8.5), on the worked
 * examples' set-up (§12) where every path is the same, so the run's mean and percentiles are the
 * one path's IRR, computed here by hand.
 */
class TrancheIrrTest {

    private static final int SENIOR = 0;
    private static final int MEZZANINE = 1;
    private static final int EQUITY = 2;

    /** Example A in one step: all cash comes at the horizon, so the IRR is the cash multiple (5 %, 10 %, 35 %). */
    @Test
    void oneStepExampleAHasTheMultipleAsItsIrr() {
        Structure a = TestStructures.workedExample(0.10).build();
        SimulationResult r = Simulator.run(a, runSettings(a, Scenario.BASE_NAME, 8, 2));
        assertIrr(r, SENIOR, 0.05, 1e-12);
        assertIrr(r, MEZZANINE, 0.10, 1e-12);
        assertIrr(r, EQUITY, 0.35, 1e-12);
    }

    /**
     * Example A in four quarterly steps (price flat at 1, 100 units at 10 %). Each quarter: income
     * 2.5, senior coupon 70 * 5 % / 4 = 0.875, mezzanine 20 * 10 % / 4 = 0.5. Fees 1 % / 4 of the
     * NAV at the mark: 0.25 (NAV 100), 0.2521875 (100.875), 0.2535 (101.4), 0.2535. The reserve
     * (target 1.4) takes 0.875 in Q1 and 0.525 in Q2, so the equity gets 0, 0.3478125, 0.8715,
     * 0.8715 and 11.4 at the horizon (100 + the reserve 1.4, less 70 and 20).
     * Senior: 0.875 a quarter and 70 back: (1 + 0.0125)^4 - 1 = 5.0945337 %.
     * Mezzanine: (1 + 0.025)^4 - 1 = 10.3812891 %.
     * Equity: the root of 10 = 0.3478125 / (1 + r)^0.5 + 0.8715 / (1 + r)^0.75 + 12.2715 / (1 + r),
     * 36.1885822 % (bisection by hand, 60 halvings), where the cash multiple says
     * (0.3478125 + 0.8715 + 0.8715 + 11.4) / 10 - 1 = 34.908125 %.
     */
    @Test
    void quarterlyExampleAEarnsTheCouponsCompounded() {
        Structure a = TestStructures.workedExample(0.10).horizon(1, 4).build();
        SimulationResult r = Simulator.run(a, runSettings(a, Scenario.BASE_NAME, 8, 2));
        assertIrr(r, SENIOR, Math.pow(1.0125, 4) - 1, 1e-12);
        assertIrr(r, MEZZANINE, Math.pow(1.025, 4) - 1, 1e-12);
        assertIrr(r, EQUITY, 0.36188582167888417, 1e-10);
        assertEquals(0.05, r.tranches().get(SENIOR).returnMean(), 1e-12);
        assertEquals(0.34908125, r.tranches().get(EQUITY).returnMean(), 1e-12);
        double equity = r.tranches().get(EQUITY).irrMean();
        assertEquals(10, 0.3478125 / Math.pow(1 + equity, 0.5) + 0.8715 / Math.pow(1 + equity, 0.75)
                + 12.2715 / (1 + equity), 1e-10);
    }

    /** Example C: the mezzanine gets 2.8 of its 20 at the horizon (-86 %), the equity nothing (-100 %). */
    @Test
    void exampleCMezzanineAndEquityLose() {
        Structure c = TestStructures.workedExample(0.10)
                .scenario(shockScenario("C", new PriceShock("X", 1, Math.log(0.7)))).build();
        SimulationResult r = Simulator.run(c, runSettings(c, "C", 8, 2));
        assertIrr(r, SENIOR, 0.05, 1e-12); // 3.5 + 2.8 turbo + 67.2, all at the one date
        assertIrr(r, MEZZANINE, 2.8 / 20 - 1, 1e-12);
        assertIrr(r, EQUITY, -1, 0);
    }

    /**
     * Ten years of 1,000 steps and three tranches: 30,000 dated flows exceed 8,192, so steps go in
     * fours, dated at the fourth. The senior's coupon 70 * 5 % / 1000 a step, grouped, is dated up
     * to three steps late: its IRR lies a little below the exact (1 + 0.05 / 1000)^1000 - 1 =
     * 5.1257 %, and within 1e-5 of it.
     */
    @Test
    void longPathsGroupStepsAndDateTheirCashNoEarlierThanItCame() {
        assertEquals(1, PathStatistics.stepsPerDate(365, 3));
        assertEquals(1, PathStatistics.stepsPerDate(2730, 3));
        assertEquals(2, PathStatistics.stepsPerDate(2731, 3));
        assertEquals(4, PathStatistics.stepsPerDate(10_000, 3));
        Structure a = TestStructures.workedExample(0.10).horizon(10, 1000).paths(4).build();
        SimulationResult r = Simulator.run(a, runSettings(a, Scenario.BASE_NAME, 4, 1));
        double exact = Math.pow(1 + 0.05 / 1000, 1000) - 1;
        double irr = r.tranches().get(SENIOR).irrMean();
        assertTrue(irr < exact, irr + " < " + exact);
        assertEquals(exact, irr, 1e-5);
    }

    private static void assertIrr(SimulationResult r, int tranche, double expected, double tolerance) {
        TrancheMetrics m = r.tranches().get(tranche);
        assertEquals(expected, m.irrMean(), tolerance, m.name() + " mean");
        assertEquals(expected, m.irr5(), tolerance, m.name() + " 5th");
        assertEquals(expected, m.irr50(), tolerance, m.name() + " median");
        assertEquals(expected, m.irr95(), tolerance, m.name() + " 95th");
    }
}

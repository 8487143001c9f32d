package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/model.md §3.1: the stressed annual PD and the stressed threshold, by hand. */
class CreditStressRuleTest {

    @ParameterizedTest(name = "PD {0} x {1} = {2}")
    @CsvSource({
            "0.02, 3, 0.06",
            "0.02, 0.5, 0.01",
            "0.02, 0, 0",
            "0.02, 1, 0.02",
            "0.02, 49.95, 0.999",  // exactly the cap
            "0.02, 100, 0.999",    // 2 capped at 99.9 %
            "0.9995, 2, 0.9995",   // a PD above the cap is not lowered by a rise
            "0.9995, 0.5, 0.49975"})
    void thePdIsMultipliedAndARiseStopsAtTheCap(double pd, double multiplier, double expected) {
        Scenario s = Scenario.BASE.withCreditStress(multiplier, 0);
        assertEquals(expected, CreditStress.annualPd(pd, s), 1e-15);
    }

    /**
     * PD 2 % over 2 years: PD_T = 1 - 0.98^2 = 0.0396, Phi^-1(0.0396) = -1.75535; with rho 0.25 a
     * shift of -2 raises the threshold by sqrt(0.25) x 2 = 1 (-0.75535), a shift of +2 lowers it
     * (-2.75535). PD x 2 over one year: Phi^-1(0.04) = -1.75069. rho 0: the shift does nothing.
     */
    @ParameterizedTest(name = "PD {0} over {1} y, rho {2}, x {3}, shift {4}")
    @CsvSource({
            "0.02, 2, 0.25, 1, 0, -1.75535",
            "0.02, 2, 0.25, 1, -2, -0.75535",
            "0.02, 2, 0.25, 1, 2, -2.75535",
            "0.02, 1, 0.25, 2, 0, -1.75069",
            "0.02, 1, 0, 1, -3, -2.05375"})
    void theShiftMovesTheThresholdBySqrtRhoTimesTheShift(double pd, double years, double rho, double multiplier,
                                                          double shift, double expected) {
        Scenario s = Scenario.BASE.withCreditStress(multiplier, shift);
        assertEquals(expected, CreditStress.horizonThreshold(pd, years, rho, s), 1e-5);
    }
}

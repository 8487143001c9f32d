package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The put programme's premium (docs/model.md §5.6) against published Black-Scholes values. */
class BlackScholesTest {

    /**
     * Hull, Options, Futures, and Other Derivatives (Example 13.6 in the 8th edition, 15.6 in the
     * 9th): S0 = 42, K = 40, r = 10 %, sigma = 20 %, six months: c = 4.76, p = 0.81 (to the cent).
     */
    @Test
    void hullsSixMonthExampleGivesTheBooksCallAndPut() {
        assertEquals(4.76, BlackScholes.call(42, 40, 0.5, 0.10, 0.20), 0.005);
        assertEquals(0.81, BlackScholes.put(42, 40, 0.5, 0.10, 0.20), 0.005);
    }

    /** Haug, The Complete Guide to Option Pricing Formulas (2nd ed., §1.1.1): S = 60, K = 65, T = 0.25, r = 8 %, sigma = 30 %: c = 2.1334. */
    @Test
    void haugsExampleGivesTheBooksCallToFourDecimals() {
        assertEquals(2.1334, BlackScholes.call(60, 65, 0.25, 0.08, 0.30), 5e-5);
    }

    /**
     * At the money with no rate the put is {@code S (2 Phi(sigma sqrt T / 2) - 1)}: d1 = sigma sqrt T / 2 = -d2.
     * Phi here is the test's own series (NormalReference), not the production erfc.
     */
    @ParameterizedTest(name = "sigma {0}, T {1}")
    @CsvSource({"0.5, 1", "0.8, 1", "0.65, 0.2465753", "2.0, 3"})
    void atTheMoneyPutWithoutRateIsTwicePhiOfHalfTheDeviationLessOne(double sigma, double years) {
        double expected = 100 * (2 * NormalReference.cdf(0.5 * sigma * Math.sqrt(years)) - 1);
        assertEquals(expected, BlackScholes.put(100, 100, years, 0, sigma), 1e-12 * 100);
    }

    /** Put-call parity c - p = S - K e^(-rT) holds across strikes (a wrong sign in d1 or d2 would break it). */
    @ParameterizedTest(name = "K {0}")
    @CsvSource({"50", "80", "100", "125", "200"})
    void putCallParityHolds(double strike) {
        double c = BlackScholes.call(100, strike, 0.75, 0.05, 0.6);
        double p = BlackScholes.put(100, strike, 0.75, 0.05, 0.6);
        assertEquals(100 - strike * Math.exp(-0.05 * 0.75), c - p, 1e-10 * strike);
    }

    @Test
    void withoutTimeOrVolatilityThePutIsItsDiscountedIntrinsicValue() {
        assertEquals(10, BlackScholes.put(90, 100, 0, 0.05, 0.5), 0);
        assertEquals(0, BlackScholes.put(110, 100, 1, 0, 0), 0);
        assertEquals(100 * Math.exp(-0.05) - 90, BlackScholes.put(90, 100, 1, 0.05, 0), 1e-12);
        assertEquals(110 - 100 * Math.exp(-0.05), BlackScholes.call(110, 100, 1, 0.05, 0), 1e-12);
    }

    /** A deep out-of-the-money put is worth almost nothing, a deep in-the-money one its forward intrinsic value. */
    @Test
    void deepPutsTendToTheirLimits() {
        assertEquals(0, BlackScholes.put(100, 1, 1, 0, 0.3), 1e-12);
        assertEquals(1000 * Math.exp(-0.02) - 100, BlackScholes.put(100, 1000, 1, 0.02, 0.3), 1e-9);
    }
}

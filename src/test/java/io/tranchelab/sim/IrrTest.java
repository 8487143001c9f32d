package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Irr} against closed forms and hand-computed flows. Every expected figure is written
 * from the definition {@code P = sum C_j (1 + r)^(-t_j)} with {@link Math#pow}, never from the
 * solver's Horner polynomials.
 */
class IrrTest {

    private static final double TIGHT = 1e-12;

    /** One payment C at T: (C / P)^(1/T) - 1. 121 for 100 after two years is 10 %. */
    @Test
    void onePaymentAtTheHorizonIsTheAnnualizedMultiple() {
        assertEquals(0.10, Irr.annual(100, new double[] {0, 121}, 0, 2, 1, 1), TIGHT);
        // 100 -> 50 after a year: -50 %; 100 -> 81 after two: -10 %
        assertEquals(-0.5, Irr.annual(100, new double[] {50}, 0, 1, 1, 1), TIGHT);
        assertEquals(-0.1, Irr.annual(100, new double[] {0, 0, 0, 81}, 0, 4, 0.5, 0.5), TIGHT);
    }

    /** A par bond paying 2 a quarter for two years and 100 at the end yields 1.02^4 - 1 = 8.243216 % a year. */
    @Test
    void parBondYieldsItsCompoundedCoupon() {
        double[] flows = new double[8];
        java.util.Arrays.fill(flows, 2);
        flows[7] += 100;
        assertEquals(0.08243216, Irr.annual(100, flows, 0, 8, 0.25, 0.25), TIGHT);
    }

    /**
     * An annuity: 1,000 lent for twelve monthly payments of A = 1000 * 0.01 / (1 - 1.01^-12) =
     * 88.84878867834168 is 1 % a month, 1.01^12 - 1 = 12.682503013196977 % a year.
     */
    @Test
    void levelAnnuityYieldsItsPeriodicRateCompounded() {
        double[] flows = new double[12];
        java.util.Arrays.fill(flows, 88.84878867834168);
        assertEquals(0.12682503013196977, Irr.annual(1000, flows, 0, 12, 1.0 / 12, 1.0 / 12), 1e-11);
    }

    /**
     * The senior repaid on day 12 of a one-year horizon, coupon 5 % a year paid daily
     * (100 * 0.05 / 365 = 0.0136986... a day) and 100 back on day 12: its IRR is the daily rate
     * compounded, (1 + 0.05 / 365)^365 - 1 = 5.1267 %, where the annualized cash multiple over the
     * horizon, (100 + 12 * 0.0136986) / 100 - 1, is 0.1644 %.
     */
    @Test
    void seniorRepaidEarlyEarnsItsCouponNotTheMultipleOverTheHorizon() {
        double dt = 1.0 / 365;
        double[] flows = new double[365];
        for (int d = 0; d < 12; d++) {
            flows[d] = 100 * 0.05 * dt;
        }
        flows[11] += 100;
        assertEquals(Math.pow(1 + 0.05 / 365, 365) - 1, Irr.annual(100, flows, 0, 365, dt, dt), TIGHT);
        assertEquals(0.0512674964674, Irr.annual(100, flows, 0, 365, dt, dt), 1e-12);
    }

    @Test
    void nothingReceivedIsMinusOneHundredPercent() {
        assertEquals(-1, Irr.annual(100, new double[] {0, 0, 0}, 0, 3, 1, 1));
        assertEquals(-1, Irr.annual(100, new double[0], 0, 0, 1, 1));
    }

    @Test
    void principalBackWithNothingMoreIsZero() {
        assertEquals(0, Irr.annual(100, new double[] {30, 0, 70}, 0, 3, 0.1, 0.1));
    }

    /** 10^9 back on day one for 1 is past the cap; a crumb back after ten years is just above -1. */
    @Test
    void extremesStayFiniteAndOrdered() {
        assertEquals(Irr.CAP, Irr.annual(1, new double[] {1e9}, 0, 1, 1.0 / 365, 1.0 / 365));
        double crumb = Irr.annual(100, new double[] {1e-9}, 0, 1, 10, 1);
        assertEquals(Math.pow(1e-11, 0.1) - 1, crumb, 1e-12);
        assertTrue(crumb > -1);
    }

    /** Offset and count select the flows: the same bond read from the middle of a longer array. */
    @Test
    void readsOnlyItsSliceOfTheArray() {
        double[] flows = {999, 2, 2, 2, 2, 2, 2, 2, 102, 999};
        assertEquals(0.08243216, Irr.annual(100, flows, 1, 8, 0.25, 0.25), TIGHT);
    }

    /**
     * Hand-computed, uneven flows: 10 at half a year, nothing at one year, 105 at a year and a
     * half, for 100. At 10 %: 10 / 1.1^0.5 + 105 / 1.1^1.5 = 9.5346 + 91.0123 = 100.547 > 100, and
     * at 11 %: 9.4916 + 89.7854 = 99.277 < 100, so the rate lies between; at the solver's rate
     * the present value is 100 to 1e-10.
     */
    @Test
    void unevenFlowsArePricedBackToThePrincipal() {
        double r = Irr.annual(100, new double[] {10, 0, 105}, 0, 3, 0.5, 0.5);
        assertTrue(r > 0.10 && r < 0.11, "between 10 % and 11 %: " + r);
        assertEquals(100, 10 / Math.pow(1 + r, 0.5) + 105 / Math.pow(1 + r, 1.5), 1e-10);
    }

    /**
     * Generated flows (some zero, gains and losses, from days to decades): the rate prices the
     * flows back to the principal, and a rate a little higher (lower) prices them below (above).
     */
    @Test
    void generatedFlowsArePricedBackToThePrincipal() {
        SplittableRandom random = new SplittableRandom(14);
        for (int c = 0; c < 2000; c++) {
            int count = 1 + random.nextInt(400);
            double spacing = random.nextBoolean() ? 1.0 / 365 : random.nextDouble(0.01, 1);
            double first = spacing * (1 + random.nextInt(3));
            double principal = random.nextDouble(1, 1e6);
            double scale = principal * random.nextDouble(0.01, 3) / count;
            double[] flows = new double[count];
            for (int j = 0; j < count; j++) {
                flows[j] = random.nextInt(4) == 0 ? 0 : scale * random.nextDouble(0, 2);
            }
            double r = Irr.annual(principal, flows, 0, count, first, spacing);
            if (r < -0.99 || r == Irr.CAP) {
                continue; // near -1, 1 + r keeps too few digits for pow to price the flows back
            }
            double value = presentValue(flows, first, spacing, r);
            assertEquals(principal, value, 1e-8 * principal, "case " + c + " r " + r);
            double step = 1e-6 * (1 + r);
            assertTrue(presentValue(flows, first, spacing, r + step) < principal, "case " + c);
            assertTrue(presentValue(flows, first, spacing, r - step) > principal, "case " + c);
        }
    }

    /** When all cash comes at one date, the IRR is the annualized multiple at that date. */
    @Test
    void allCashOnOneDateAgreesWithTheMultiple() {
        SplittableRandom random = new SplittableRandom(7);
        for (int c = 0; c < 500; c++) {
            double multiple = random.nextDouble(0.001, 5);
            double time = random.nextDouble(0.1, 30); // 5^(1/0.1) - 1 is below the cap
            double r = Irr.annual(1000, new double[] {1000 * multiple}, 0, 1, time, 1);
            assertEquals(Math.pow(multiple, 1 / time) - 1, r, 1e-12 * Math.max(1, Math.abs(r)));
        }
    }

    /**
     * A block's paths are solved together, four sums interleaved and regrouped each round; each
     * path's rate must be the one it has solved alone, to the bit, whatever its neighbours: 64
     * generated paths mixing gains, losses, nothing received, principal back exactly, rates past
     * the cap, cash ending early or starting late (zeros the sums skip), in blocks of every size
     * from 1 to 64.
     */
    @Test
    void aPathsRateDoesNotDependOnThePathsSolvedWithIt() {
        SplittableRandom random = new SplittableRandom(13);
        int dates = 120;
        double spacing = 1.0 / 365;
        double principal = 1000;
        for (int round = 0; round < 20; round++) {
            int lanes = round == 0 ? 64 : 1 + random.nextInt(64);
            double[][] byDate = new double[dates][lanes];
            for (int l = 0; l < lanes; l++) {
                int kind = random.nextInt(8);
                int from = kind == 1 ? random.nextInt(dates) : 0;
                int to = kind == 2 ? 1 + random.nextInt(dates) : dates;
                double scale = principal * random.nextDouble(0.05, 2.5) / dates;
                for (int j = from; j < to; j++) {
                    byDate[j][l] = random.nextInt(3) == 0 ? 0 : scale * random.nextDouble(0, 2);
                }
                if (kind == 3) { // nothing at all
                    for (int j = 0; j < dates; j++) {
                        byDate[j][l] = 0;
                    }
                } else if (kind == 4) { // principal back on day one and nothing more
                    for (int j = 0; j < dates; j++) {
                        byDate[j][l] = 0;
                    }
                    byDate[0][l] = principal;
                } else if (kind == 5) { // a million times the principal within days: past the cap
                    byDate[random.nextInt(3)][l] += 1e9 * principal;
                } else if (kind == 6) { // a crumb at the end
                    for (int j = 0; j < dates; j++) {
                        byDate[j][l] = 0;
                    }
                    byDate[dates - 1][l] = 1e-12;
                }
            }
            double[] together = new double[lanes];
            new Irr().annual(principal, byDate, lanes, dates, spacing, spacing, together, new SolvedFlows());
            for (int l = 0; l < lanes; l++) {
                double[] alone = new double[dates];
                for (int j = 0; j < dates; j++) {
                    alone[j] = byDate[j][l];
                }
                double expected = Irr.annual(principal, alone, 0, dates, spacing, spacing);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(together[l]),
                        "round " + round + " lane " + l + ": " + expected + " alone, " + together[l] + " together");
            }
        }
    }

    private static double presentValue(double[] flows, double first, double spacing, double r) {
        double value = 0;
        for (int j = 0; j < flows.length; j++) {
            value += flows[j] / Math.pow(1 + r, first + j * spacing);
        }
        return value;
    }
}

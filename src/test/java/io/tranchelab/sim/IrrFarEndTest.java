package io.tranchelab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The far end's sum skipped on a bound ({@link Irr#rootInsideByBound}): wherever the bound says
 * the root is inside the bracket, the far end's sum, computed in full as the solver computes it
 * (Horner in the same order, the same exponentials), has the sign that says so. The inputs crowd
 * the bound's edge: totals within a few ulps to a few percent of the principal, flows at the
 * first or last date, subnormal and huge figures.
 */
class IrrFarEndTest {

    private static final double CAP_LOG = Math.log1p(Irr.CAP);

    @Test
    void whereTheBoundSettlesItTheFullSumAgrees() {
        SplittableRandom random = new SplittableRandom(1313);
        int settledGain = 0;
        int settledLoss = 0;
        for (int round = 0; round < 200_000; round++) {
            int dates = 1 + random.nextInt(random.nextBoolean() ? 8 : 400);
            double spacing = random.nextBoolean() ? 1.0 / 365 : random.nextDouble(1e-4, 2);
            double firstTime = random.nextBoolean() ? spacing : random.nextDouble(1e-4, 2);
            double principal = random.nextInt(10) == 0 ? random.nextDouble(1e-300, 1e-270) : random.nextDouble(1, 1e7);
            double[] byDate = flows(random, dates, principal);
            double total = 0;
            long bits = 0;
            for (double c : byDate) {
                total += c;
                bits |= Double.doubleToRawLongBits(c);
            }
            if (!(total > 0) || total == principal) {
                continue;
            }
            boolean gain = total > principal;
            double[] horner = new double[dates];
            for (int j = 0; j < dates; j++) {
                horner[gain ? dates - 1 - j : j] = byDate[j];
            }
            double lastTime = firstTime + (dates - 1) * spacing;
            boolean inside = Irr.rootInsideByBound(principal, horner[dates - 1], total, gain, bits, firstTime, spacing,
                    lastTime);
            if (!inside) {
                continue;
            }
            double f = farEndSum(principal, horner, gain, firstTime, spacing, lastTime);
            if (gain) {
                settledGain++;
                assertTrue(f < 0, "round " + round + ": settled inside, but the far end's sum is " + f);
            } else {
                settledLoss++;
                assertTrue(f > 0, "round " + round + ": settled inside, but the far end's sum is " + f);
            }
        }
        assertTrue(settledGain > 10_000, "gains settled: " + settledGain);
        assertTrue(settledLoss > 10_000, "losses settled: " + settledLoss);
    }

    /** A negative flow or a -0 anywhere: no bound, the sum decides. */
    @Test
    void aSignBitLeavesItToTheSum() {
        double[] horner = {0, 0, 50};
        assertTrue(Irr.rootInsideByBound(100, horner[2], 50, false, 0, 1, 1, 3));
        assertFalse(Irr.rootInsideByBound(100, horner[2], 50, false, Double.doubleToRawLongBits(-0.0), 1, 1, 3));
        double[] paid = {100, 1, 1}; // Horner order: 100 at the last date, 1 at the first
        assertTrue(Irr.rootInsideByBound(100, paid[2], 102, true, 0, 1.0 / 365, 1.0 / 365, 3.0 / 365));
        assertFalse(Irr.rootInsideByBound(100, paid[2], 102, true, Long.MIN_VALUE, 1.0 / 365, 1.0 / 365, 3.0 / 365));
    }

    /** A lane settled on the bound gets the rate it gets when the far end is summed: the golden tests check runs; here the counter shows the bound is used. */
    @Test
    void theSolverUsesTheBound() {
        int dates = 12;
        double[][] byDate = new double[dates][2];
        for (int j = 0; j < dates; j++) {
            byDate[j][0] = 1;
            byDate[j][1] = 0.5;
        }
        byDate[dates - 1][0] += 100;
        byDate[dates - 1][1] += 80;
        Irr irr = new Irr();
        double[] rates = new double[2];
        irr.annual(100, byDate, 2, dates, 1.0 / 12, 1.0 / 12, rates, new SolvedFlows());
        assertEquals(2, irr.boundSettled);
        assertEquals(0.12682503013196977, rates[0], 0.002); // about 1 % a month
        assertTrue(rates[1] < 0);
    }

    /**
     * Where the bound is tight (everything at the second date: the sum is q C exactly), the margin
     * is what keeps it right: a sweep of C in steps of an ulp-sized fraction across the threshold.
     */
    @Test
    void theMarginHoldsWhereTheBoundIsTight() {
        double spacing = 1.0 / 365;
        double principal = 100;
        double q = Math.exp(-CAP_LOG * spacing);
        double owed = principal * Math.exp(CAP_LOG * spacing);
        int settled = 0;
        for (int k = -4000; k <= 4000; k++) {
            double c = owed / q * (1 + k * 1e-12);
            double[] horner = {c, 0}; // Horner order: c at the second date, nothing at the first
            if (Irr.rootInsideByBound(principal, horner[1], c, true, 0, spacing, spacing, 2 * spacing)) {
                settled++;
                double f = farEndSum(principal, horner, true, spacing, spacing, 2 * spacing);
                assertTrue(f < 0, "k = " + k + ": settled inside, but the far end's sum is " + f);
            }
        }
        assertTrue(settled > 1000, "settled: " + settled);
    }

    /**
     * A -0 or a negative flow at any date keeps its lane off the bound, whichever place the lane has
     * in the eight lanes summed together (nine lanes: 0-7, then 8 with its place repeated), the odd
     * lanes signed in one round, the even ones in the other.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void theSignBitsOfEveryDateAreSeen(int signedParity) {
        int dates = 20;
        int lanes = 9;
        double[][] byDate = new double[dates][lanes];
        int clean = 0;
        for (int l = 0; l < lanes; l++) { // lanes 0-3 lose (about 49 for 100), lanes 4-8 gain (about 119)
            for (int j = 0; j < dates; j++) {
                byDate[j][l] = j == dates - 1 ? (l < 4 ? 30 : 100) : 1;
            }
            byDate[0][l] = 1 + l / 64.0; // no lane repeats another and takes its solve
            if (l % 2 == signedParity) {
                byDate[(3 + 5 * l) % (dates - 1)][l] = l % 3 == 0 ? -0.5 : -0.0;
            } else {
                clean++;
            }
        }
        Irr irr = new Irr();
        double[] rates = new double[lanes];
        irr.annual(100, byDate, lanes, dates, 0.01, 0.01, rates, new SolvedFlows());
        assertEquals(clean, irr.boundSettled);
    }

    /** The far end's scaled present value less the principal, as {@link Irr} sums it (from the first coefficient). */
    private static double farEndSum(double principal, double[] horner, boolean gain, double firstTime, double spacing,
            double lastTime) {
        double x = gain ? CAP_LOG : -40;
        double z = gain ? Math.exp(-x * spacing) : Math.exp(x * spacing);
        double v = 0;
        for (double c : horner) {
            v = v * z + c;
        }
        return gain ? v - principal * Math.exp(x * firstTime) : v - principal * Math.exp(x * lastTime);
    }

    /** Flows whose total lies near the principal, with the first or last date's flow weighing much or little. */
    private static double[] flows(SplittableRandom random, int dates, double principal) {
        double[] flows = new double[dates];
        double target = principal * switch (random.nextInt(5)) {
            case 0 -> 1 + random.nextDouble(-1e-12, 1e-12);
            case 1 -> 1 + random.nextDouble(-0.1, 0.1);
            case 2 -> random.nextDouble(0.5, 1.5);
            case 3 -> 1 + Math.scalb(random.nextDouble(-1, 1), -40 + random.nextInt(40));
            default -> random.nextDouble(0, 3);
        };
        int shape = random.nextInt(5);
        for (int j = 0; j < dates; j++) {
            flows[j] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
        }
        if (shape == 1) {
            flows[0] += dates; // most at the first date
        } else if (shape == 2) {
            flows[dates - 1] += dates; // most at the last
        } else if (shape == 3) {
            flows[random.nextInt(dates)] = Double.MIN_VALUE * random.nextInt(1000); // a subnormal
        }
        double sum = 0;
        for (double c : flows) {
            sum += c;
        }
        if (sum > 0) {
            for (int j = 0; j < dates; j++) {
                flows[j] = flows[j] * (target / sum);
            }
        }
        return flows;
    }
}

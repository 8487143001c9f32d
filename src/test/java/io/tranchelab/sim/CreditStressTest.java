package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/model.md §3.1, credit stress, against Vasicek's closed forms (§11.2). The pool: 999 equal
 * lines, LGD 1, no income, no fees, tranches equity [0, 5 %], mezzanine [5 %, 10 %], senior
 * [10 %, 100 %], so the tranche attaching at x loses exactly when the pool's default fraction X
 * exceeds x.
 *
 * <p>A PD multiplier m is a pool of PD m PD: its tails are Vasicek's with {@code PD_T = 1 - (1 -
 * m PD)^T}. A factor shift s moves the systemic factor: given Z ~ N(0, 1) the default fraction
 * of the large pool is {@code X = Phi((c - sqrt(rho) (Z + s)) / sqrt(1 - rho))}, c = Phi^-1(PD_T),
 * so {@code X > x <=> Z < (c - sqrt(1 - rho) Phi^-1(x)) / sqrt(rho) - s}:
 * {@code P(X > x) = Phi((c - sqrt(1 - rho) Phi^-1(x)) / sqrt(rho) - s)}; and whatever the pool's
 * size, a line defaults when {@code sqrt(rho) (Z + s) + sqrt(1 - rho) e < c}, e ~ N(0, 1)
 * independent, so {@code E[X] = Phi(c - sqrt(rho) s)} exactly.
 */
class CreditStressTest {

    private static final int LINES = 999;
    private static final double RHO = 0.2;
    private static final int PATHS = 8_000;
    private static final double[] POINTS = {0.05, 0.10};

    private static Structure pool(double pd, int years, int stepsPerYear, Scenario stress) {
        return TestStructures.builder()
                .horizon(years, stepsPerYear)
                .seed(1929)
                .asset(flatAsset("X", 1.0))
                .position(new CreditLine("lines", 1_000_000, LINES, 0, 700, OptionalDouble.of(pd), 1.0, RHO))
                .tranche("senior", 0.90, 0)
                .tranche("mezzanine", 0.05, 0)
                .tranche("equity", 0.05, 0)
                .scenario(stress)
                .build();
    }

    private static Scenario stress(double pdMultiplier, double factorShift) {
        return new Scenario("credit stress", "", 1.0, Map.of(), OptionalDouble.empty(), 1.0, 1.0, List.of())
                .withCreditStress(pdMultiplier, factorShift);
    }

    private static double probabilityAbove(SimulationResult result, int point) {
        double[] losses = result.trancheLosses().get(POINTS.length - 1 - point);
        return (double) Arrays.stream(losses).filter(loss -> loss > 1e-9).count() / PATHS;
    }

    /** PD 1 % times 3 over two years: the tails of a 3 % pool, PD_T = 1 - 0.97^2 = 0.0591. */
    @ParameterizedTest(name = "{1} steps per year over {0} years, PD 1 % x 3")
    @CsvSource({"2, 1", "2, 12", "1, 52"})
    void aPdMultiplierGivesTheTailsOfThePoolWithThatPd(int years, int stepsPerYear, TestReporter report) {
        Structure structure = pool(0.01, years, stepsPerYear, stress(3, 0));
        SimulationResult result = Simulator.run(structure, runSettings(structure, "credit stress", PATHS, 2));
        double horizonPd = 1 - Math.pow(1 - 0.03, years);
        for (int i = 0; i < POINTS.length; i++) {
            double largePool = VasicekPool.probabilityLossAbove(horizonPd, RHO, 1.0, POINTS[i], 0);
            double finitePool = VasicekPool.probabilityLossAbove(horizonPd, RHO, 1.0, POINTS[i], LINES);
            double se = Math.sqrt(largePool * (1 - largePool) / PATHS);
            double simulated = probabilityAbove(result, i);
            report.publishEntry("PD x 3", String.format(Locale.ROOT, "%d/yr x %d yr: P(L > %.2f) MC %.5f SE %.5f"
                    + " large pool %.5f 999 lines %.5f", stepsPerYear, years, POINTS[i], simulated, se, largePool,
                    finitePool));
            assertEquals(largePool, simulated, 4 * se + Math.abs(finitePool - largePool));
        }
        // the pool's mean loss is PD_T, exactly in expectation whatever the pool's size
        assertEquals(horizonPd, result.pool().expectedCreditLoss(), 4 * Sample.of(poolLoss(result)).standardError());
    }

    /**
     * PD 2 % over one year, factor shifted by s. P(L > 5 %) and P(L > 10 %) against the
     * shifted closed form of the class comment, tolerance 4 SE plus the exact gap between 999 lines and
     * the limit (the binomial tail given the factor integrated over it, {@link #finitePoolAbove}).
     * Figures for s = -1.5: c = Phi^-1(0.02) = -2.05375, P(X > 5 %) = Phi((-2.05375 + 0.89443 x
     * 1.64485) / 0.44721 + 1.5) = Phi(0.19739) = 0.5782 (against 0.0964 unstressed).
     */
    @ParameterizedTest(name = "shift {0}")
    @CsvSource({"-1.5", "-0.5", "1.0"})
    void aFactorShiftMovesTheTailsAsTheShiftedVasicekClosedForm(double shift, TestReporter report) {
        Structure structure = pool(0.02, 1, 4, stress(1, shift));
        SimulationResult result = Simulator.run(structure, runSettings(structure, "credit stress", PATHS, 2));
        double c = NormalReference.inverseCdf(0.02);
        for (int i = 0; i < POINTS.length; i++) {
            double largePool = NormalReference.cdf(
                    (c - Math.sqrt(1 - RHO) * NormalReference.inverseCdf(POINTS[i])) / Math.sqrt(RHO) - shift);
            double finitePool = finitePoolAbove(c, shift, POINTS[i]);
            double se = Math.sqrt(largePool * (1 - largePool) / PATHS);
            double simulated = probabilityAbove(result, i);
            report.publishEntry("shift", String.format(Locale.ROOT, "s %.1f: P(L > %.2f) MC %.5f SE %.5f large pool"
                    + " %.5f 999 lines %.5f", shift, POINTS[i], simulated, se, largePool, finitePool));
            assertEquals(largePool, simulated, 4 * se + Math.abs(finitePool - largePool));
        }
        double mean = NormalReference.cdf(c - Math.sqrt(RHO) * shift);
        Sample sample = Sample.of(poolLoss(result));
        report.publishEntry("shift mean", String.format(Locale.ROOT, "s %.1f: E[X] MC %.5f SE %.5f exact %.5f", shift,
                sample.mean(), sample.standardError(), mean));
        assertEquals(mean, result.pool().expectedCreditLoss(), 4 * sample.standardError());
    }

    @Test
    void aShiftOfMinusOneAndAHalfMakesAFivePercentLossSixTimesLikelier() {
        // the figures of the comment above, written out, so that a sign error in the shift cannot hide
        double c = NormalReference.inverseCdf(0.02);
        assertEquals(-2.05375, c, 1e-5);
        assertEquals(0.5782, NormalReference.cdf((c - Math.sqrt(0.8) * NormalReference.inverseCdf(0.05))
                / Math.sqrt(0.2) + 1.5), 1e-4);
        assertEquals(0.0964, NormalReference.cdf((c - Math.sqrt(0.8) * NormalReference.inverseCdf(0.05))
                / Math.sqrt(0.2)), 1e-4);
    }

    /** The pool's default fraction per path: with no income every tranche loss is the pool's loss cut up. */
    private static double[] poolLoss(SimulationResult result) {
        double[] shares = {0.90, 0.05, 0.05};
        double[] loss = new double[PATHS];
        for (int k = 0; k < shares.length; k++) {
            double[] tranche = result.trancheLosses().get(k);
            for (int i = 0; i < PATHS; i++) {
                loss[i] += shares[k] * tranche[i];
            }
        }
        return loss;
    }

    /** P(Binomial(999, q(Z + s)) > 999 x), Z ~ N(0, 1), by Simpson's rule on [-9, 9] in steps of 0.005. */
    private static double finitePoolAbove(double c, double shift, double x) {
        long most = (long) Math.floor(x * LINES);
        int intervals = 3600;
        double h = 18.0 / intervals;
        double sum = 0;
        for (int i = 0; i <= intervals; i++) {
            double z = -9 + i * h;
            double q = NormalReference.cdf((c - Math.sqrt(RHO) * (z + shift)) / Math.sqrt(1 - RHO));
            double f = binomialAbove(q, most) * NormalReference.density(z);
            sum += (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3;
    }

    private static double binomialAbove(double q, long k) {
        if (q <= 0) {
            return 0;
        }
        if (q >= 1) {
            return 1;
        }
        double below = 0;
        double logTerm = LINES * Math.log1p(-q);
        for (int j = 0; j <= k; j++) {
            below += Math.exp(logTerm);
            logTerm += Math.log((double) (LINES - j) / (j + 1)) + Math.log(q) - Math.log1p(-q);
        }
        return Math.max(0, 1 - below);
    }

    /** A credit stress draws nothing: a pool with no credit line runs the same to the last bit under it. */
    @Test
    void aCreditStressLeavesAPoolWithoutCreditLinesBitIdentical() {
        Structure books = TestStructures.loanBook(1, 52);
        Structure stressed = books.withScenarios(List.of(stress(5, -2)));
        SimulationResult base = Simulator.run(books, runSettings(books, Scenario.BASE_NAME, 512, 2));
        SimulationResult underStress = Simulator.run(stressed, runSettings(stressed, "credit stress", 512, 2));
        for (int k = 0; k < base.tranches().size(); k++) {
            assertArrayEquals(base.trancheLosses().get(k), underStress.trancheLosses().get(k));
        }
    }

    /** Neither part of a stress is inert: each moves a credit pool's loss the way it says. */
    @Test
    void eachPartOfTheStressRaisesTheLossAndAnUpwardShiftLowersIt() {
        double base = meanLoss(stress(1, 0));
        assertTrue(meanLoss(stress(2, 0)) > base * 1.8, "PD x 2");
        assertTrue(meanLoss(stress(0.5, 0)) < base * 0.6, "PD x 0.5");
        assertTrue(meanLoss(stress(1, -1)) > base * 1.5, "shift -1");
        assertTrue(meanLoss(stress(1, 1)) < base * 0.7, "shift +1");
        assertEquals(0, meanLoss(stress(0, 0)), "PD x 0: no line defaults");
    }

    private static double meanLoss(Scenario scenario) {
        Structure structure = pool(0.02, 1, 4, scenario);
        return Simulator.run(structure, runSettings(structure, "credit stress", 2_000, 2)).pool().expectedCreditLoss();
    }
}

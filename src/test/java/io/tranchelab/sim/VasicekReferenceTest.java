package io.tranchelab.sim;

import org.junit.jupiter.api.TestReporter;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/model.md §11.2, the second reference check: a pool of many equal credit lines in a one-factor
 * Gaussian copula converges to Vasicek's large-pool loss distribution. Given the systemic
 * factor y, a line defaults with {@code q(y) = Phi((Phi^-1(p) - sqrt(rho) y) / sqrt(1 - rho))};
 * in the large-pool limit the default fraction is q(y) itself, so
 * {@code P(X <= x) = Phi((sqrt(1 - rho) Phi^-1(x) - Phi^-1(p)) / sqrt(rho))}.
 *
 * <p>The tail test below runs the same check at 1 to 365 steps per year: the systemic factor
 * belongs to the path, so the horizon loss must not depend on the step size.
 *
 * <p>The tranche tests: one year in one step, 2,000 lines, PD 0.02 given directly, rho 0.15, rate 0, no fees.
 * Tranches by attachment: equity [0, 2 %], mezzanine [2 %, 5 %], senior [5 %, 100 %].
 */
class VasicekReferenceTest {

    private static final int LINES = 2_000;
    private static final double PD = 0.02;
    private static final double RHO = 0.15;
    private static final int PATHS = 200_000;
    private static final double[] ATTACHMENTS = {0.05, 0.02, 0.0};
    private static final double[] DETACHMENTS = {1.0, 0.05, 0.02};

    private static Structure creditPool(double lossGivenDefault) {
        return TestStructures.builder()
                .horizon(1, 1)
                .seed(1987)
                // An asset nothing is held in, so that the market is not empty; it plays no part.
                .asset(flatAsset("X", 1.0))
                .position(new CreditLine("lines", 1_000_000, LINES, 0, 700, OptionalDouble.of(PD), lossGivenDefault,
                        RHO))
                .tranche("senior", 0.95, 0)
                .tranche("mezzanine", 0.03, 0)
                .tranche("equity", 0.02, 0)
                .build();
    }

    @ParameterizedTest(name = "LGD {0}")
    @ValueSource(doubles = {1.0, 0.6})
    void trancheLossesMatchTheVasicekLargePool(double lossGivenDefault, TestReporter reporter) {
        SimulationResult result = Simulator.run(creditPool(lossGivenDefault),
                runSettings(creditPool(lossGivenDefault), Scenario.BASE_NAME, PATHS, 2));

        for (int k = 0; k < ATTACHMENTS.length; k++) {
            TrancheMetrics tranche = result.tranches().get(k);
            double largePool = VasicekPool.expectedTrancheLoss(PD, RHO, lossGivenDefault, ATTACHMENTS[k],
                    DETACHMENTS[k], 0);
            double finitePool = VasicekPool.expectedTrancheLoss(PD, RHO, lossGivenDefault, ATTACHMENTS[k],
                    DETACHMENTS[k], LINES);
            double se = tranche.expectedLossStandardError();
            reporter.publishEntry("Vasicek", String.format("LGD %.1f %s [%.2f, %.2f]: MC %.6f SE %.6f large pool %.6f 2,000 lines %.6f",
                    lossGivenDefault, tranche.name(), ATTACHMENTS[k], DETACHMENTS[k], tranche.expectedLoss(), se,
                    largePool, finitePool));
            // Tolerance: 3 standard errors of Monte Carlo, plus the gap between a pool of 2,000
            // lines and the limit. That gap is computed exactly above (the binomial number of
            // defaults given the factor, integrated over the factor) rather than guessed: with
            // about 40 expected defaults the default fraction given the factor still has a
            // standard deviation of about 0.3 %, which smooths the tranche payoffs near their
            // attachment points: at 200,000 paths that gap is 1 to 2 SE for the senior and the
            // mezzanine and almost 6 SE for the thin equity, so 3 SE alone would not do.
            assertEquals(largePool, tranche.expectedLoss(), 3 * se + Math.abs(finitePool - largePool),
                    tranche.name());
        }
    }

    @ParameterizedTest(name = "LGD {0}")
    @ValueSource(doubles = {1.0, 0.6})
    void poolMeanLossIsDefaultProbabilityTimesLossGivenDefault(double lossGivenDefault, TestReporter reporter) {
        Structure pool = creditPool(lossGivenDefault);
        SimulationResult result = Simulator.run(pool, runSettings(pool, Scenario.BASE_NAME, PATHS, 2));

        // With no income and no fees the tranches share exactly the pool's losses, so a path's
        // pool loss fraction is the share-weighted sum of its tranche loss fractions.
        double[] poolLoss = new double[PATHS];
        double[] shares = {0.95, 0.03, 0.02};
        for (int k = 0; k < shares.length; k++) {
            double[] trancheLoss = result.trancheLosses().get(k);
            for (int i = 0; i < PATHS; i++) {
                poolLoss[i] += shares[k] * trancheLoss[i];
            }
        }
        Sample sample = Sample.of(poolLoss);
        reporter.publishEntry("Vasicek pool", String.format("LGD %.1f: MC %.6f SE %.6f exact %.6f", lossGivenDefault,
                result.pool().expectedCreditLoss(), sample.standardError(), PD * lossGivenDefault));
        assertEquals(sample.mean(), result.pool().expectedCreditLoss(), 1e-9);
        assertEquals(PD * lossGivenDefault, result.pool().expectedCreditLoss(), 3 * sample.standardError());
    }

    private static final int TAIL_LINES = 999; // 5 % and 10 % of 999 lines fall between two counts
    private static final double TAIL_PD = 0.03;
    private static final double TAIL_RHO = 0.2;
    private static final int TAIL_PATHS = 8_000;
    private static final double[] TAIL_POINTS = {0.05, 0.10};

    /**
     * Pool loss tails P(L > 5 %) and P(L > 10 %), read from which tranches lose: equity
     * [0, 5 %], mezzanine [5 %, 10 %], senior [10 %, 100 %], LGD 1, no income, no fees.
     * The reference is Vasicek's large-pool closed form with the horizon default probability
     * 1 - (1 - PD)^T. Tolerance: 4 standard errors of a Monte Carlo proportion plus the exactly
     * computed gap between 999 lines and the limit.
     */
    @ParameterizedTest(name = "{0} steps per year over {1} years")
    @CsvSource({"1, 2", "12, 2", "104, 1", "365, 1"})
    void lossTailsMatchTheVasicekLargePoolAtAnyStepSize(int stepsPerYear, int years, TestReporter report) {
        Structure pool = TestStructures.builder()
                .horizon(years, stepsPerYear)
                .seed(2008)
                .asset(flatAsset("X", 1.0))
                .position(new CreditLine("lines", 1_000_000, TAIL_LINES, 0, 700, OptionalDouble.of(TAIL_PD), 1.0,
                        TAIL_RHO))
                .tranche("senior", 0.90, 0)
                .tranche("mezzanine", 0.05, 0)
                .tranche("equity", 0.05, 0)
                .build();
        SimulationResult result = Simulator.run(pool, runSettings(pool, Scenario.BASE_NAME, TAIL_PATHS, 2));

        double horizonPd = 1 - Math.pow(1 - TAIL_PD, years);
        for (int i = 0; i < TAIL_POINTS.length; i++) {
            double x = TAIL_POINTS[i];
            // the tranche attaching at x loses exactly when the pool loss exceeds x
            double[] losses = result.trancheLosses().get(TAIL_POINTS.length - 1 - i);
            long above = java.util.Arrays.stream(losses).filter(loss -> loss > 1e-9).count();
            double simulated = (double) above / TAIL_PATHS;
            double largePool = VasicekPool.probabilityLossAbove(horizonPd, TAIL_RHO, 1.0, x, 0);
            double finitePool = VasicekPool.probabilityLossAbove(horizonPd, TAIL_RHO, 1.0, x, TAIL_LINES);
            double se = Math.sqrt(largePool * (1 - largePool) / TAIL_PATHS);
            report.publishEntry("Vasicek tail", String.format(java.util.Locale.ROOT,
                    "%d/yr x %d yr: P(L > %.2f) MC %.5f SE %.5f large pool %.5f 999 lines %.5f",
                    stepsPerYear, years, x, simulated, se, largePool, finitePool));
            assertEquals(largePool, simulated, 4 * se + Math.abs(finitePool - largePool), "P(L > " + x + ")");
        }
    }
}

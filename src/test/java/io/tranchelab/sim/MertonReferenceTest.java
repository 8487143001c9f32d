package io.tranchelab.sim;

import org.junit.jupiter.api.TestReporter;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/model.md §11.1, the first reference check: a pool of one volatile asset with no income, split in a
 * senior note of face S and equity, is Merton's (1974) firm. The senior's expected loss at the
 * horizon is the Black-Scholes put with the drift in place of the rate and no discounting:
 * {@code E[(S - V_T)^+] / S = (S Phi(-d2) - V0 e^{mu T} Phi(-d1)) / S},
 * {@code d1 = (ln(V0/S) + (mu + sigma^2/2) T) / (sigma sqrt T)}, {@code d2 = d1 - sigma sqrt T}.
 */
class MertonReferenceTest {

    private static final int PATHS = 200_000;
    private static final double V0 = 100;

    @ParameterizedTest(name = "sigma {0}, mu {1}, senior share {2}, T {3}, {4} steps a year")
    @CsvSource({
        "0.8, 0.05, 0.7, 1, 4",
        "0.5, -0.1, 0.8, 2, 6",
    })
    void seniorExpectedLossIsTheMertonPutWithinThreeStandardErrors(double sigma, double mu, double seniorShare,
                                                                   double horizon, int stepsPerYear,
                                                                   TestReporter reporter) {
        SimulationResult result = runFirm(sigma, mu, seniorShare, horizon, stepsPerYear);
        TrancheMetrics senior = result.tranches().get(0);

        double[] moments = lossMoments(sigma, mu, seniorShare, horizon);
        double exact = moments[0];
        double exactStandardError = Math.sqrt((moments[1] - exact * exact) / PATHS);

        double se = senior.expectedLossStandardError();
        reporter.publishEntry("Merton", String.format("sigma %.2f mu %.2f share %.2f T %.0f: MC %.6f exact %.6f SE %.6f (exact SE %.6f)",
                sigma, mu, seniorShare, horizon, senior.expectedLoss(), exact, se, exactStandardError));

        assertTrue(se > 0, "standard error must be positive");
        assertEquals(exactStandardError, se, 0.05 * exactStandardError, "standard error against sqrt(var / N)");
        Sample perPath = Sample.of(result.trancheLosses().get(0));
        assertEquals(perPath.standardError(), se, 1e-3 * se, "standard error against the per-path losses");
        assertEquals(perPath.mean(), senior.expectedLoss(), 1e-12, "expected loss against the per-path losses");
        assertEquals(exact, senior.expectedLoss(), 3 * se, "expected loss against Merton");
    }

    private static SimulationResult runFirm(double sigma, double mu, double seniorShare, double horizon,
                                            int stepsPerYear) {
        Structure firm = TestStructures.builder()
                .horizon(horizon, stepsPerYear)
                .seed(1974)
                .asset(new VolatileAsset("ETH", 1.0, mu, sigma, Jumps.NONE, OptionalDouble.empty()))
                .position(yieldPosition("ETH", V0, 0))
                .tranche("senior", seniorShare, 0)
                .tranche("equity", 1 - seniorShare, 0)
                .build();
        return Simulator.run(firm, runSettings(firm, Scenario.BASE_NAME, PATHS, 2));
    }

    /**
     * VaR and ES of the senior's loss fraction against the log-normal pool value. With z the
     * (1 - a)-quantile of N(0, 1), V_q = V0 exp((mu - sigma^2/2) T + sigma sqrt T z) is the pool's
     * (1 - a)-quantile, so VaR_a = 1 - V_q / S, and ES_a = E[L | V < V_q] follows from the same
     * partial moments as the expected loss. Tolerance: 4 standard errors of the estimators (their
     * asymptotic normality is rougher than the mean's): for the quantile
     * sqrt(a (1 - a) / N) / phi(z) x dL/dz, dL/dz = sigma sqrt T V_q / S; for the tail mean
     * sqrt((Var(L | tail) + a (ES - VaR)^2) / (N (1 - a))).
     */
    @ParameterizedTest(name = "sigma {0}, mu {1}, senior share {2}, T {3}, {4} steps a year")
    @CsvSource({
        "0.8, 0.05, 0.7, 1, 4",
        "0.5, -0.1, 0.8, 2, 6",
    })
    void seniorValueAtRiskAndExpectedShortfallMatchTheLogNormalTail(double sigma, double mu, double seniorShare,
                                                                     double horizon, int stepsPerYear,
                                                                     TestReporter reporter) {
        TrancheMetrics senior = runFirm(sigma, mu, seniorShare, horizon, stepsPerYear).tranches().get(0);
        double face = seniorShare * V0;
        double sd = sigma * Math.sqrt(horizon);
        double[][] measured = {{0.95, senior.var95(), senior.es95()}, {0.99, senior.var99(), senior.es99()}};
        for (double[] level : measured) {
            double a = level[0];
            double tail = 1 - a;
            double z = NormalReference.inverseCdf(tail);
            double quantileValue = V0 * Math.exp((mu - 0.5 * sigma * sigma) * horizon + sd * z);
            double valueAtRisk = 1 - quantileValue / face;
            double firstPartial = V0 * Math.exp(mu * horizon) * NormalReference.cdf(z - sd);
            double secondPartial = V0 * V0 * Math.exp((2 * mu + sigma * sigma) * horizon)
                    * NormalReference.cdf(z - 2 * sd);
            double shortfall = (face * tail - firstPartial) / (face * tail);
            double tailSecondMoment = (face * face * tail - 2 * face * firstPartial + secondPartial) / (face * face * tail);
            double varError = Math.sqrt(a * tail / PATHS) / NormalReference.density(z) * sd * quantileValue / face;
            double esError = Math.sqrt((tailSecondMoment - shortfall * shortfall
                    + a * Math.pow(shortfall - valueAtRisk, 2)) / (PATHS * tail));
            reporter.publishEntry("Merton tail", String.format("sigma %.2f tail %.2f: VaR MC %.5f exact %.5f (SE %.5f), ES MC %.5f exact %.5f (SE %.5f)",
                    sigma, a, level[1], valueAtRisk, varError, level[2], shortfall, esError));
            assertEquals(valueAtRisk, level[1], 4 * varError, "VaR " + a);
            assertEquals(shortfall, level[2], 4 * esError, "ES " + a);
        }
    }

    @ParameterizedTest(name = "sigma {0}, mu {1}, share {2}, T {3}")
    @CsvSource({
        // Values from scipy.stats.norm, as an independent check of the formulas below.
        "0.8, 0.05, 0.7, 1, 0.18375882411247504, 0.25334000016335656",
        "0.5, -0.1, 0.8, 2, 0.26799812845128607, 0.274067799916515",
    })
    void closedFormMatchesAnIndependentEvaluation(double sigma, double mu, double share, double horizon,
                                                  double expectedLoss, double lossStdev) {
        double[] moments = lossMoments(sigma, mu, share, horizon);
        assertEquals(expectedLoss, moments[0], 1e-13);
        assertEquals(lossStdev, Math.sqrt(moments[1] - moments[0] * moments[0]), 1e-12);
    }

    /**
     * First and second moment of the senior's loss fraction L = (S - V_T)^+ / S, from
     * {@code E[V^k 1{V < S}] = E[V^k] Phi(-d2 - k sigma sqrt T)}:
     * {@code E[(S - V)^+] = S Phi(-d2) - V0 e^{mu T} Phi(-d1)} and
     * {@code E[((S - V)^+)^2] = S^2 Phi(-d2) - 2 S V0 e^{mu T} Phi(-d1) + V0^2 e^{(2 mu + sigma^2) T} Phi(-d1 - sigma sqrt T)}.
     */
    private static double[] lossMoments(double sigma, double mu, double seniorShare, double horizon) {
        double face = seniorShare * V0;
        double sd = sigma * Math.sqrt(horizon);
        double d1 = (Math.log(V0 / face) + (mu + 0.5 * sigma * sigma) * horizon) / sd;
        double d2 = d1 - sd;
        double growth = Math.exp(mu * horizon);
        double first = (face * NormalReference.cdf(-d2) - V0 * growth * NormalReference.cdf(-d1)) / face;
        double second = (face * face * NormalReference.cdf(-d2) - 2 * face * V0 * growth * NormalReference.cdf(-d1)
                + V0 * V0 * Math.exp((2 * mu + sigma * sigma) * horizon) * NormalReference.cdf(-d1 - sd)) / (face * face);
        return new double[] {first, second};
    }
}

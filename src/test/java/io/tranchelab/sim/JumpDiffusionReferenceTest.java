package io.tranchelab.sim;

import io.tranchelab.model.Jumps;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A volatile asset with Merton (1976) jumps against closed forms (docs/model.md §4.1). With N(T) ~
 * Poisson(lambda T) jumps, each J ~ N(muJ, sigmaJ^2), and k = E[e^J] - 1:
 * <pre>
 *   ln P_T = ln P0 + (mu - sigma^2/2 - lambda k) T + sigma W_T + J_1 + ... + J_N(T)
 *   E[P_T]       = P0 e^{mu T}                                  (the drift is compensated)
 *   Var[ln P_T]  = (sigma^2 + lambda (muJ^2 + sigmaJ^2)) T       (compound Poisson variance)
 *   E[P_T^2]     = P0^2 exp(2 (mu - sigma^2/2 - lambda k) T + 2 sigma^2 T + lambda T (E[e^{2J}] - 1)),
 *                  E[e^{2J}] = exp(2 muJ + 2 sigmaJ^2)              (for the standard error of the mean)
 * </pre>
 * With the compensation's sign flipped the mean falls from 105.1 to about 74.8 here.
 */
class JumpDiffusionReferenceTest {

    private static final double P0 = 100;
    private static final double MU = 0.05;
    private static final double SIGMA = 0.4;
    private static final Jumps JUMPS = new Jumps(2, -0.1, 0.15);

    private static Structure jumpAsset(double horizon, int stepsPerYear, double seniorShare, long seed) {
        return TestStructures.builder()
                .horizon(horizon, stepsPerYear)
                .seed(seed)
                .asset(new VolatileAsset("ETH", P0, MU, SIGMA, JUMPS, OptionalDouble.empty()))
                .position(yieldPosition("ETH", 1, 0))
                .tranche("senior", seniorShare, 0)
                .tranche("equity", 1 - seniorShare, 0)
                .build();
    }

    @Test
    void horizonPriceHasTheCompensatedMeanAndTheCompoundPoissonLogVariance() {
        double horizon = 1;
        int paths = 10_000;
        double[] prices = TracedPaths.horizonPrices(TracedPaths.of(jumpAsset(horizon, 4, 0.7, 1976), paths), 0);

        double lambda = JUMPS.intensity();
        double muJ = JUMPS.meanLogJump();
        double sigmaJ = JUMPS.stdevLogJump();
        double k = Math.exp(muJ + 0.5 * sigmaJ * sigmaJ) - 1;
        double mean = P0 * Math.exp(MU * horizon);
        double secondMoment = P0 * P0 * Math.exp(2 * (MU - 0.5 * SIGMA * SIGMA - lambda * k) * horizon
                + 2 * SIGMA * SIGMA * horizon + lambda * horizon * (Math.exp(2 * muJ + 2 * sigmaJ * sigmaJ) - 1));
        double meanError = Math.sqrt((secondMoment - mean * mean) / paths);
        assertEquals(105.12710963760242, mean, 1e-9, "P0 e^{mu T}");
        assertEquals(mean, Sample.of(prices).mean(), 4 * meanError, "E[P_T] = P0 e^{mu T}");

        double logVariance = (SIGMA * SIGMA + lambda * (muJ * muJ + sigmaJ * sigmaJ)) * horizon;
        double[] logs = new double[paths];
        for (int i = 0; i < paths; i++) {
            logs[i] = Math.log(prices[i]);
        }
        double[] moments = centralMoments(logs);
        // standard error of a sample variance: sqrt((m4 - m2^2) / n), from the sample's own moments
        double varianceError = Math.sqrt((moments[1] - moments[0] * moments[0]) / paths);
        assertEquals(0.225, logVariance, 1e-12, "(sigma^2 + lambda (muJ^2 + sigmaJ^2)) T");
        assertEquals(logVariance, moments[0], 4 * varianceError, "Var[ln P_T]");
        assertEquals(Math.log(P0) + (MU - 0.5 * SIGMA * SIGMA - lambda * k + lambda * muJ) * horizon,
                Sample.of(logs).mean(), 4 * Math.sqrt(logVariance / paths), "E[ln P_T]");
    }

    /**
     * The senior note of a one-asset pool (zero coupons, no income) is short a put on the pool:
     * its expected loss is E[(S - V_T)^+] / S. For a Merton jump-diffusion the put is Merton's
     * (1976) series: conditional on n jumps, ln V_T is normal with mean
     * ln V0 + (mu - sigma^2/2 - lambda k) T + n muJ and variance s_n^2 = sigma^2 T + n sigmaJ^2, so
     * with the forward F_n = E[V_T | n] = V0 e^{(mu - lambda k) T} (1 + k)^n,
     * <pre>
     *   E[(S - V_T)^+] = sum_n e^{-lambda T} (lambda T)^n / n! * (S Phi(-d2_n) - F_n Phi(-d1_n)),
     *   d1_n = (ln(F_n / S) + s_n^2 / 2) / s_n,  d2_n = d1_n - s_n
     * </pre>
     * (Black's put on the forward, undiscounted, with the drift in place of the rate as in
     * MertonReferenceTest for the no-jump case). Second moment likewise, for the standard error.
     */
    @Test
    void seniorExpectedLossIsMertonsJumpDiffusionPut() {
        double horizon = 1;
        double share = 0.7;
        int paths = 100_000;
        SimulationResult result = Simulator.run(jumpAsset(horizon, 4, share, 1976),
                runSettings(jumpAsset(horizon, 4, share, 1976), Scenario.BASE_NAME, paths, 2));
        TrancheMetrics senior = result.tranches().get(0);

        double[] moments = jumpPutMoments(P0, share * P0, horizon);
        double exactError = Math.sqrt((moments[1] - moments[0] * moments[0]) / paths);
        assertEquals(moments[0], senior.expectedLoss(), 3 * exactError, "senior EL against Merton (1976)");
        assertEquals(exactError, senior.expectedLossStandardError(), 0.05 * exactError, "standard error");
    }

    @Test
    void jumpPutSeriesReducesToBlackScholesWithoutJumps() {
        // With lambda = 0 only the n = 0 term is left: the put of MertonReferenceTest's first case,
        // sigma 0.8, mu 0.05, S = 70, T = 1, EL 0.18375882411247504 (scipy.stats.norm).
        double[] moments = putMoments(100, 70, 1, 0.8, 0.05, new Jumps(0, 0, 0));
        assertEquals(0.18375882411247504, moments[0], 1e-13);
    }

    private static double[] jumpPutMoments(double v0, double face, double horizon) {
        return putMoments(v0, face, horizon, SIGMA, MU, JUMPS);
    }

    /** First and second moment of (S - V_T)^+ / S under the Merton jump-diffusion (series above). */
    private static double[] putMoments(double v0, double face, double horizon, double sigma, double mu, Jumps jumps) {
        double lambda = jumps.intensity();
        double k = Math.exp(jumps.meanLogJump() + 0.5 * jumps.stdevLogJump() * jumps.stdevLogJump()) - 1;
        double first = 0;
        double second = 0;
        double weight = Math.exp(-lambda * horizon);
        for (int n = 0; n < 60; n++) {
            if (n > 0) {
                weight *= lambda * horizon / n;
            }
            double s = Math.sqrt(sigma * sigma * horizon + n * jumps.stdevLogJump() * jumps.stdevLogJump());
            double forward = v0 * Math.exp((mu - lambda * k) * horizon) * Math.pow(1 + k, n);
            double d1 = (Math.log(forward / face) + 0.5 * s * s) / s;
            double d2 = d1 - s;
            // E[V 1{V<S}] = F Phi(-d1), E[V^2 1{V<S}] = F^2 e^{s^2} Phi(-d1 - s)
            double below = NormalReference.cdf(-d2);
            double firstPartial = forward * NormalReference.cdf(-d1);
            double secondPartial = forward * forward * Math.exp(s * s) * NormalReference.cdf(-d1 - s);
            first += weight * (face * below - firstPartial) / face;
            second += weight * (face * face * below - 2 * face * firstPartial + secondPartial) / (face * face);
        }
        return new double[] {first, second};
    }

    /** Second and fourth central moments (population), computed here. */
    private static double[] centralMoments(double[] values) {
        double mean = Sample.of(values).mean();
        double m2 = 0;
        double m4 = 0;
        for (double v : values) {
            double d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }
        return new double[] {m2 / values.length, m4 / values.length};
    }
}

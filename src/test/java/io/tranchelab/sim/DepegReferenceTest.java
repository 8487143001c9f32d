package io.tranchelab.sim;

import io.tranchelab.model.Depeg;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The expected peg ratio of a USD-pegged asset (docs/model.md §4.3). Each step of
 * length dt the gap to the peg first decays, ratio -> 1 - a (1 - ratio) with a = 2^{-dt / h}
 * (h the half-life), then each of the step's N ~ Poisson(lambda dt) depegs multiplies the ratio
 * by 1 - min(0.99, D), D exponential with mean m. The events are independent of the past, so
 * with E[1 - min(c, D)] = 1 - m (1 - e^{-c/m}) and the Poisson generating function:
 * <pre>
 *   q = E[prod (1 - min(0.99, D_i))] = exp(-lambda dt m (1 - e^{-0.99/m}))
 *   r_{s+1} = q (1 - a (1 - r_s)),  r_0 = 1
 *   r_s = r* + (1 - r*) (q a)^s,     r* = q (1 - a) / (1 - q a)
 * </pre>
 * Hand check of the first step (lambda 4, m 0.1, h 30 days, 12 steps a year): q =
 * exp(-(4/12) 0.1 (1 - e^{-9.9})) = 0.9672177..., r_1 = q.
 */
class DepegReferenceTest {

    private static final int PATHS = 4_000;
    private static final int STEPS = 12;

    @Test
    void meanPegRatioFollowsTheClosedFormPathStepByStep() {
        double lambda = 4;
        double meanDepth = 0.1;
        double halfLifeDays = 30;
        Structure structure = TestStructures.builder()
                .horizon(1, STEPS)
                .seed(2206)
                .asset(new PeggedAsset("USDX", PeggedAsset.USD, new Depeg(lambda, meanDepth, halfLifeDays),
                        OptionalDouble.empty()))
                .position(yieldPosition("USDX", 100, 0))
                .tranche("senior", 0.9, 0)
                .tranche("equity", 0.1, 0)
                .build();
        PathTrace[] traces = TracedPaths.of(structure, PATHS);

        double dt = 1.0 / STEPS;
        double a = Math.pow(2, -dt / (halfLifeDays / 365.0));
        double q = Math.exp(-lambda * dt * meanDepth * (1 - Math.exp(-0.99 / meanDepth)));
        assertEquals(0.967217718142036, q, 1e-12, "q by hand");
        double fixedPoint = q * (1 - a) / (1 - q * a);
        double expected = 1;
        for (int s = 0; s < STEPS; s++) {
            expected = q * (1 - a * (1 - expected));
            assertEquals(fixedPoint + (1 - fixedPoint) * Math.pow(q * a, s + 1), expected, 1e-14, "closed form");
            double[] ratios = new double[PATHS];
            for (int path = 0; path < PATHS; path++) {
                ratios[path] = traces[path].prices()[0][s];
            }
            Sample sample = Sample.of(ratios);
            assertEquals(expected, sample.mean(), 4 * sample.standardError() + 1e-12, "E[peg ratio] at step " + (s + 1));
        }
    }
}

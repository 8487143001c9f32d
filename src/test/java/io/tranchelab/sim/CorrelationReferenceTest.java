package io.tranchelab.sim;

import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.Jumps;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The correlation matrix of docs/model.md §2.3 is the correlation of the assets' diffusive shocks:
 * without jumps, drift or impact, each step's log-return is sigma sqrt(dt) Z plus a constant, so
 * the sample correlation of two assets' step log-returns estimates the matrix entry. Its
 * standard error is about (1 - rho^2) / sqrt(n) for n pairs of normal returns.
 */
class CorrelationReferenceTest {

    private static final int PATHS = 2_000;
    private static final int STEPS = 12;

    @Test
    void stepLogReturnsHaveTheMatrixCorrelationsWithTheirSigns() {
        // assets A, P (pegged to A: its row must be ignored), B, C; A-B +0.6, A-C -0.3, B-C +0.2
        double[][] matrix = {
            {1, 0, 0.6, -0.3},
            {0, 1, 0, 0},
            {0.6, 0, 1, 0.2},
            {-0.3, 0, 0.2, 1},
        };
        Structure structure = TestStructures.builder()
                .horizon(1, STEPS)
                .seed(3011)
                .asset(new VolatileAsset("A", 2000, 0.1, 0.8, Jumps.NONE, OptionalDouble.empty()))
                .asset(new PeggedAsset("P", "A", Depeg.NONE, OptionalDouble.empty()))
                .asset(new VolatileAsset("B", 60000, -0.2, 0.5, Jumps.NONE, OptionalDouble.empty()))
                .asset(new VolatileAsset("C", 150, 0, 1.2, Jumps.NONE, OptionalDouble.empty()))
                .correlations(new CorrelationMatrix(matrix))
                .position(yieldPosition("A", 1, 0))
                .tranche("senior", 0.5, 0)
                .tranche("equity", 0.5, 0)
                .build();
        PathTrace[] traces = TracedPaths.of(structure, PATHS);
        double[] initial = {2000, 2000, 60000, 150};
        double[][] returns = new double[4][PATHS * STEPS];
        for (int path = 0; path < PATHS; path++) {
            double[][] prices = traces[path].prices();
            for (int a = 0; a < 4; a++) {
                double previous = initial[a];
                for (int s = 0; s < STEPS; s++) {
                    returns[a][path * STEPS + s] = Math.log(prices[a][s] / previous);
                    previous = prices[a][s];
                }
            }
        }
        assertCorrelation(0.6, returns[0], returns[2], "A-B");
        assertCorrelation(-0.3, returns[0], returns[3], "A-C");
        assertCorrelation(0.2, returns[2], returns[3], "B-C");
        // the pegged asset without depegs moves exactly with its reference
        assertCorrelation(1.0, returns[0], returns[1], "A-P");
        // and each asset keeps its own volatility: sample stdev of step returns = sigma sqrt(dt)
        double[] sigmas = {0.8, 0.8, 0.5, 1.2};
        for (int a = 0; a < 4; a++) {
            double sd = Math.sqrt(covariance(returns[a], returns[a]));
            double expected = sigmas[a] / Math.sqrt(STEPS);
            assertEquals(expected, sd, 4 * expected / Math.sqrt(2.0 * PATHS * STEPS), "stdev of asset " + a);
        }
    }

    private static void assertCorrelation(double expected, double[] x, double[] y, String pair) {
        double r = covariance(x, y) / Math.sqrt(covariance(x, x) * covariance(y, y));
        double tolerance = Math.max(1e-9, 5 * (1 - expected * expected) / Math.sqrt(x.length));
        assertEquals(expected, r, tolerance, "sample correlation " + pair);
        assertTrue(expected == 0 || Math.signum(r) == Math.signum(expected), "sign of " + pair);
    }

    private static double covariance(double[] x, double[] y) {
        double mx = Sample.of(x).mean();
        double my = Sample.of(y).mean();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }
}

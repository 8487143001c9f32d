package io.tranchelab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The factor L of a correlation matrix C must reproduce it, L L^T = C (row i of L gives asset
 * i's loadings on the independent shocks). Matrices are generated as normalized Gram matrices
 * of random vectors, so they are valid correlations by construction, singular when there are
 * fewer vectors than assets.
 */
class CorrelationFactorTest {

    @Test
    void twoAssetsByHand() {
        // [[1, 0.6], [0.6, 1]]: asset 1's loadings (l10, l11) must satisfy l10^2 + l11^2 = 1 and
        // l00 l10 + l01 l11 = 0.6; any rotation is fine, the products are not
        double[][] l = CorrelationFactor.loadings(new double[][] {{1, 0.6}, {0.6, 1}});
        assertEquals(1, l[0][0] * l[0][0] + l[0][1] * l[0][1], 1e-14);
        assertEquals(1, l[1][0] * l[1][0] + l[1][1] * l[1][1], 1e-14);
        assertEquals(0.6, l[0][0] * l[1][0] + l[0][1] * l[1][1], 1e-14);
    }

    @Test
    void perfectlyCorrelatedAssetsShareOneShock() {
        double[][] l = CorrelationFactor.loadings(new double[][] {{1, 1}, {1, 1}});
        assertReproduces(new double[][] {{1, 1}, {1, 1}}, l);
        double[][] opposite = {{1, -1}, {-1, 1}};
        assertReproduces(opposite, CorrelationFactor.loadings(opposite));
    }

    @ParameterizedTest(name = "{0} assets from {1} vectors, seed {2}")
    @CsvSource({"1, 1, 1", "2, 2, 2", "3, 3, 3", "3, 6, 4", "4, 2, 5", "5, 5, 6", "6, 3, 7", "8, 20, 8"})
    void factorReproducesRandomCorrelationMatrices(int assets, int vectors, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[assets][vectors];
        for (double[] row : x) {
            double norm = 0;
            for (int j = 0; j < vectors; j++) {
                row[j] = random.nextDouble(-1, 1);
                norm += row[j] * row[j];
            }
            for (int j = 0; j < vectors; j++) {
                row[j] /= Math.sqrt(norm);
            }
        }
        double[][] c = new double[assets][assets];
        for (int i = 0; i < assets; i++) {
            for (int j = 0; j < assets; j++) {
                for (int k = 0; k < vectors; k++) {
                    c[i][j] += x[i][k] * x[j][k];
                }
            }
        }
        assertReproduces(c, CorrelationFactor.loadings(c));
    }

    private static void assertReproduces(double[][] c, double[][] l) {
        int n = c.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double product = 0;
                for (int k = 0; k < n; k++) {
                    product += l[i][k] * l[j][k];
                }
                assertEquals(c[i][j], product, 1e-10, "(L L^T)[" + i + "][" + j + "]");
            }
        }
    }
}

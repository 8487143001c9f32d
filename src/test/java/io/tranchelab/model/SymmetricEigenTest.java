package io.tranchelab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    @Test
    void twoByTwoCorrelationHasEigenvaluesOnePlusAndMinusRho() {
        double[] values = SymmetricEigen.of(new double[][] {{1, 0.3}, {0.3, 1}}).values().clone();
        Arrays.sort(values);
        assertArrayEquals(new double[] {0.7, 1.3}, values, 1e-14);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.6, -0.5, 0.0, 0.4, 0.99})
    void constantCorrelationAmongThreeHasEigenvaluesOneMinusRhoTwiceAndOnePlusTwoRho(double rho) {
        double[][] m = {{1, rho, rho}, {rho, 1, rho}, {rho, rho, 1}};
        double[] values = SymmetricEigen.of(m).values().clone();
        Arrays.sort(values);
        double[] expected = {1 - rho, 1 - rho, 1 + 2 * rho};
        Arrays.sort(expected);
        assertArrayEquals(expected, values, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void eigenvaluesOfADiagonalisedMatrixAreTheChosenOnes_seed(long seed) {
        // A = Q diag(d) Q^T with Q a product of random rotations: the eigenvalues are d, by construction.
        SplittableRandom random = new SplittableRandom(seed);
        int n = 8;
        double[] d = new double[n];
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            d[i] = random.nextDouble(-2, 3);
            a[i][i] = d[i];
        }
        for (int r = 0; r < 40; r++) {
            rotate(a, random.nextInt(n), random.nextInt(n), random.nextDouble(0, 2 * Math.PI));
        }
        double[] values = SymmetricEigen.of(a).values().clone();
        Arrays.sort(values);
        Arrays.sort(d);
        assertArrayEquals(d, values, 1e-12);
        assertEquals(d[0], SymmetricEigen.of(a).smallest(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void vectorsAndValuesRebuildTheMatrix_seed(long seed) {
        // A = V diag(values) V^T: what the core's correlated shocks rely on
        SplittableRandom random = new SplittableRandom(seed);
        int n = 6;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = random.nextDouble(-1, 1);
                a[j][i] = a[i][j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(a);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rebuilt = 0;
                for (int k = 0; k < n; k++) {
                    rebuilt += eigen.vectors()[i][k] * eigen.values()[k] * eigen.vectors()[j][k];
                }
                assertEquals(a[i][j], rebuilt, 1e-12);
            }
        }
    }

    private static void rotate(double[][] a, int p, int q, double angle) {
        if (p == q) {
            return;
        }
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        for (double[] row : a) {
            double x = row[p];
            double y = row[q];
            row[p] = c * x - s * y;
            row[q] = s * x + c * y;
        }
        for (int k = 0; k < a.length; k++) {
            double x = a[p][k];
            double y = a[q][k];
            a[p][k] = c * x - s * y;
            a[q][k] = s * x + c * y;
        }
    }
}

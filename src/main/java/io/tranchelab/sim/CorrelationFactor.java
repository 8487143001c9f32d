package io.tranchelab.sim;

import io.tranchelab.model.SymmetricEigen;

/**
 * Factors a correlation matrix C as L L^T with L = V sqrt(max(0, Lambda)) from its
 * eigen decomposition. Unlike Cholesky this accepts positive semi-definite matrices
 * (perfectly correlated assets), which are legitimate inputs (docs/model.md §4.2).
 */
final class CorrelationFactor {

    private CorrelationFactor() {
    }

    static double[][] loadings(double[][] correlation) {
        int n = correlation.length;
        SymmetricEigen eigen = SymmetricEigen.of(correlation);
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                l[i][k] = eigen.vectors()[i][k] * Math.sqrt(Math.max(0.0, eigen.values()[k]));
            }
        }
        return l;
    }
}

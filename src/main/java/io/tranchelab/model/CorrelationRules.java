package io.tranchelab.model;

/**
 * Checks that the matrix is a correlation matrix: one row and column per asset, unit diagonal,
 * symmetric, entries in [-1, 1] and positive semi-definite (else no Cholesky factor exists).
 */
final class CorrelationRules {

    /** Eigenvalues this far below zero are rounding, not indefiniteness. */
    static final double PSD_TOLERANCE = 1e-10;
    private static final double SYMMETRY_TOLERANCE = 1e-12;

    private CorrelationRules() {
    }

    static void check(CorrelationMatrix matrix, int assetCount, Checks checks) {
        if (assetCount > Limits.MAX_ASSETS || matrix.size() > Limits.MAX_ASSETS) {
            // too many assets is reported at /assets; a matrix of that size is not worth copying
            if (matrix.size() > Limits.MAX_ASSETS) {
                checks.count("/correlations", matrix.size(), Limits.MAX_ASSETS, "rows");
            }
            return;
        }
        double[][] m = matrix.toArray();
        if (!hasShape(m, assetCount, checks)) {
            return;
        }
        boolean entriesOk = true;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                entriesOk &= entryOk(m, i, j, checks);
            }
        }
        if (entriesOk && m.length <= Limits.MAX_ASSETS) {
            double smallest = SymmetricEigen.of(m).smallest();
            if (smallest < -PSD_TOLERANCE) {
                checks.report("/correlations", "not positive semi-definite (smallest eigenvalue "
                        + Numbers.show(smallest) + "); a correlation matrix must be");
            }
        }
    }

    private static boolean hasShape(double[][] m, int n, Checks checks) {
        if (m.length != n) {
            checks.report("/correlations", "has " + m.length + " rows; it must have one row per asset ("
                    + n + ")");
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            if (m[i].length != n) {
                checks.report(Pointers.child("/correlations", i), "has " + m[i].length
                        + " entries; it must have one per asset (" + n + ")");
                ok = false;
            }
        }
        return ok;
    }

    private static boolean entryOk(double[][] m, int i, int j, Checks checks) {
        String pointer = "/correlations/" + i + "/" + j;
        if (!checks.number(pointer, m[i][j], Range.closed(-1, 1))) {
            return false;
        }
        if (i == j && m[i][j] != 1.0) {
            checks.report(pointer, "is " + Numbers.show(m[i][j]) + "; the diagonal of a correlation matrix must be 1");
            return false;
        }
        if (j > i && Math.abs(m[i][j] - m[j][i]) > SYMMETRY_TOLERANCE) {
            checks.report(pointer, "is " + Numbers.show(m[i][j]) + " but /correlations/" + j + "/" + i + " is "
                    + Numbers.show(m[j][i]) + "; the matrix must be symmetric");
            return false;
        }
        return true;
    }
}

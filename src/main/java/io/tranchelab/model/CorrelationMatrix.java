package io.tranchelab.model;

import java.util.Arrays;

/**
 * Correlation between the assets' diffusive shocks, in the order of the structure's assets.
 * Pegged assets take part only through their reference, so their rows are ignored by the core
 * but kept for a uniform format. Immutable: the array is copied in and out. docs/model.md §2.3, §4.2.
 */
public final class CorrelationMatrix {

    private final double[][] values;

    public CorrelationMatrix(double[][] values) {
        this.values = copy(values);
    }

    public static CorrelationMatrix identity(int size) {
        double[][] m = new double[size][size];
        for (int i = 0; i < size; i++) {
            m[i][i] = 1.0;
        }
        return new CorrelationMatrix(m);
    }

    public int size() {
        return values.length;
    }

    public double get(int row, int column) {
        return values[row][column];
    }

    public double[][] toArray() {
        return copy(values);
    }

    /** A copy with entry (i, j) and (j, i) set, keeping the matrix symmetric. */
    public CorrelationMatrix with(int i, int j, double value) {
        double[][] m = copy(values);
        m[i][j] = value;
        m[j][i] = value;
        return new CorrelationMatrix(m);
    }

    private static double[][] copy(double[][] source) {
        double[][] out = new double[source.length][];
        for (int i = 0; i < source.length; i++) {
            out[i] = source[i].clone();
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorrelationMatrix m && Arrays.deepEquals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "CorrelationMatrix" + Arrays.deepToString(values);
    }
}

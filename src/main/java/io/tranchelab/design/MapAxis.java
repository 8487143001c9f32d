package io.tranchelab.design;

import java.util.Objects;

/** One axis of an alignment map: a parameter (by pointer) from {@code from} to {@code to} in {@code count} even steps. */
public record MapAxis(String pointer, String label, double from, double to, int count) {

    public static final int DEFAULT_COUNT = 11;

    public MapAxis {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(label, "label");
        if (count < 2) {
            throw new IllegalArgumentException(pointer + ": an axis needs at least 2 points, was " + count);
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || from == to) {
            throw new IllegalArgumentException(pointer + ": an axis needs two different finite ends, was " + from
                    + " to " + to);
        }
    }

    /** The parameter's unit, for writing the axis's values. */
    public MetricUnit unit() {
        return ParameterLabels.unit(pointer);
    }

    /** The i-th point; the last is exactly {@code to}. */
    public double value(int i) {
        return i == count - 1 ? to : from + (to - from) * i / (count - 1);
    }

    public double[] values() {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = value(i);
        }
        return out;
    }
}

package io.tranchelab.design;

import io.tranchelab.model.Range;

import java.util.Locale;

/**
 * How far a tornado moves each parameter down and up: by a fraction of its size ({@code
 * relative}, 10 % by default) or by a stated step in the parameter's own unit ({@code absolute}).
 * A bumped value is kept inside the range the validator allows (and rounded for a whole number).
 */
public record Bump(double relative, double absolute) {

    public static final Bump DEFAULT = relative(0.10);

    public Bump {
        if (!(relative >= 0) || !(absolute >= 0) || !Double.isFinite(relative) || !Double.isFinite(absolute)
                || (relative == 0) == (absolute == 0)) {
            throw new IllegalArgumentException("a bump is one positive relative size or one positive absolute step");
        }
    }

    public static Bump relative(double fraction) {
        return new Bump(fraction, 0);
    }

    public static Bump absolute(double step) {
        return new Bump(0, step);
    }

    /**
     * The value moved down (direction -1) or up (+1), before clipping: by {@code relative} times
     * its size, so "down" is always smaller (-0.1 moves to -0.11, not -0.09), or by the step.
     */
    double moved(double value, int direction) {
        return value + direction * (relative > 0 ? relative * Math.abs(value) : absolute);
    }

    /** The value moved and kept inside the range (rounded first for a whole number). */
    double bumped(double value, int direction, Range range, boolean whole) {
        return clip(unclipped(value, direction, whole), range);
    }

    /** Whether the range cut the bump short. */
    boolean clips(double value, int direction, Range range, boolean whole) {
        double x = unclipped(value, direction, whole);
        return clip(x, range) != x;
    }

    private double unclipped(double value, int direction, boolean whole) {
        double x = moved(value, direction);
        return whole ? Math.rint(x) : x;
    }

    static double clip(double x, Range range) {
        if (x < range.low() || (x == range.low() && !range.lowIncluded())) {
            return range.lowIncluded() ? range.low() : Math.nextUp(range.low());
        }
        if (x > range.high() || (x == range.high() && !range.highIncluded())) {
            return range.highIncluded() ? range.high() : Math.nextDown(range.high());
        }
        return x;
    }

    /** "±10 %" or "±0.05". */
    @Override
    public String toString() {
        return relative > 0 ? "±" + String.format(Locale.ROOT, "%s %%", strip(relative * 100))
                : "±" + strip(absolute);
    }

    private static String strip(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}

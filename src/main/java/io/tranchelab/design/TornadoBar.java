package io.tranchelab.design;

/**
 * One parameter's effect on the metric: the parameter moved down to {@code lowInput} and up to
 * {@code highInput} (from {@code baseInput}), and the metric at each, on the same seeds as the
 * base. {@code lowClipped} / {@code highClipped} when that bump was cut short by the parameter's
 * allowed range.
 */
public record TornadoBar(String pointer, String label, double baseInput, double lowInput, double highInput,
                         double lowValue, double highValue, boolean lowClipped, boolean highClipped) {

    /** A bar whose two ends were clipped or not alike (the first form of this record, kept for its callers). */
    public TornadoBar(String pointer, String label, double baseInput, double lowInput, double highInput,
                      double lowValue, double highValue, boolean clipped) {
        this(pointer, label, baseInput, lowInput, highInput, lowValue, highValue, clipped, clipped);
    }

    /** Whether either bump was cut short. */
    public boolean clipped() {
        return lowClipped || highClipped;
    }

    /** What the tornado ranks by: |highValue - lowValue|. */
    public double swing() {
        return Math.abs(highValue - lowValue);
    }
}

package io.tranchelab.design;

/**
 * One parameter's effect on the metric: the parameter moved down to {@code lowInput} and up to
 * {@code highInput} (from {@code baseInput}), and the metric at each, on the same seeds as the
 * base. {@code clipped} when a bump was cut short by the parameter's allowed range.
 */
public record TornadoBar(String pointer, String label, double baseInput, double lowInput, double highInput,
                         double lowValue, double highValue, boolean clipped) {

    /** What the tornado ranks by: |highValue - lowValue|. */
    public double swing() {
        return Math.abs(highValue - lowValue);
    }
}

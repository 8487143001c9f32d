package io.tranchelab.ui.params;

import io.tranchelab.model.Structure;

import java.util.function.ToDoubleFunction;

/** Two numbers edited together with a range slider (a loan book's LTV range). */
public record RangeSpec(
        String id,
        String label,
        ValueUnit unit,
        double min,
        double max,
        String tooltip,
        ToDoubleFunction<Structure> lowGetter,
        ToDoubleFunction<Structure> highGetter,
        RangeSetter setter) implements ParameterSpec {

    @FunctionalInterface
    public interface RangeSetter {
        Structure apply(Structure structure, double low, double high);
    }

    public String check(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "not a number";
        }
        if (low < min || high > max) {
            return "must be between " + unit.format(min) + " and " + unit.format(max);
        }
        if (low > high) {
            return "the low end must not exceed the high end";
        }
        return null;
    }
}

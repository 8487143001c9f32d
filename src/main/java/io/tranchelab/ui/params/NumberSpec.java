package io.tranchelab.ui.params;

import io.tranchelab.model.Structure;

import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * One editable number of a structure: how to read it, how to make the edited structure, the
 * slider's range and the hard bounds a typed value must respect, and what it does (tooltip).
 * Optional caps (liquidation capacity, market depth) read as +infinity when absent.
 *
 * @param id       stable key, also the id of the row's controls ("param-liquidationThreshold")
 * @param min      smallest allowed value (model units)
 * @param max      largest allowed value
 * @param sliderMin slider's lower end; the slider grows to include the current value
 * @param sliderMax slider's upper end
 */
public record NumberSpec(
        String id,
        String label,
        ValueUnit unit,
        double min,
        double max,
        double sliderMin,
        double sliderMax,
        String tooltip,
        ToDoubleFunction<Structure> getter,
        BiFunction<Structure, Double, Structure> setter) implements ParameterSpec {

    /** A spec whose slider covers the whole allowed range. */
    public static NumberSpec of(String id, String label, ValueUnit unit, double min, double max, String tooltip,
                                ToDoubleFunction<Structure> getter, BiFunction<Structure, Double, Structure> setter) {
        return new NumberSpec(id, label, unit, min, max, min, max, tooltip, getter, setter);
    }

    public NumberSpec withSlider(double low, double high) {
        return new NumberSpec(id, label, unit, min, max, low, high, tooltip, getter, setter);
    }

    /** Null when {@code value} may be applied, else what is wrong with it. */
    public String check(double value) {
        if (Double.isNaN(value)) {
            return "not a number";
        }
        if (Double.isInfinite(value) && max == Double.POSITIVE_INFINITY) {
            return null;
        }
        if (value < min || value > max) {
            return "must be between " + unit.format(min) + " and " + unit.format(max);
        }
        return null;
    }
}

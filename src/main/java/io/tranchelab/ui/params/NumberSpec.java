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
 * @param limit    the limit that depends on the rest of the structure (null: none): given the
 *                 structure before the edit and the value, what is wrong with it, naming the real
 *                 bounds, or null
 * @param advice   said after a value is applied (null: nothing): given the structure before the
 *                 edit and the value, what else the edit did or a doubt about its magnitude
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
        BiFunction<Structure, Double, Structure> setter,
        BiFunction<Structure, Double, String> limit,
        BiFunction<Structure, Double, String> advice) implements ParameterSpec {

    /** A spec whose slider covers the whole allowed range. */
    public static NumberSpec of(String id, String label, ValueUnit unit, double min, double max, String tooltip,
                                ToDoubleFunction<Structure> getter, BiFunction<Structure, Double, Structure> setter) {
        return new NumberSpec(id, label, unit, min, max, min, max, tooltip, getter, setter, null, null);
    }

    public NumberSpec withSlider(double low, double high) {
        return new NumberSpec(id, label, unit, min, max, low, high, tooltip, getter, setter, limit, advice);
    }

    public NumberSpec withLimit(BiFunction<Structure, Double, String> value) {
        return new NumberSpec(id, label, unit, min, max, sliderMin, sliderMax, tooltip, getter, setter, value, advice);
    }

    public NumberSpec withAdvice(BiFunction<Structure, Double, String> value) {
        return new NumberSpec(id, label, unit, min, max, sliderMin, sliderMax, tooltip, getter, setter, limit, value);
    }

    /**
     * Advice for a percentage that is implausibly small, typically a decimal typed into a
     * percent field (0.6 for 60 %): "0.60 % a year is very low for a volatility; did you mean
     * 60.00 %?". The value is applied as typed; the note says what may have been meant.
     */
    public NumberSpec warnBelow(double plausibleMin, String what) {
        return withAdvice((s, v) -> v > 0 && v < plausibleMin && v * 100 <= max
                ? unit.format(v) + " is very low for " + what + "; did you mean " + unit.format(v * 100)
                        + "? Type \"" + unit.format(v * 100) + "\" to set that."
                : null);
    }

    /** Null when {@code value} may be applied to {@code current}, else what is wrong with it. */
    public String check(Structure current, double value) {
        String structural = limit == null || Double.isNaN(value) ? null : limit.apply(current, value);
        return structural != null ? structural : check(value);
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

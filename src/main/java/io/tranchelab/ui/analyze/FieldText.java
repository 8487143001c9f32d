package io.tranchelab.ui.analyze;

import io.tranchelab.chart.ChartQuantity;
import io.tranchelab.design.MetricUnit;
import io.tranchelab.ui.params.ValueUnit;

/**
 * The Analyze window's fields read and write numbers as the parameter panel does
 * ({@link ValueUnit}: "60 %", "$10,000,000", "12.5M"), in the unit of what they hold.
 */
final class FieldText {

    private FieldText() {
    }

    /** The unit a field for the structure's number at {@code pointer} is typed in. */
    static ValueUnit ofParameter(String pointer) {
        return ofMetric(ChartQuantity.parameter(pointer, pointer).unit());
    }

    /** The design package's unit as a field's: a fraction typed in percent, a count whole, a number with decimals. */
    static ValueUnit ofMetric(MetricUnit unit) {
        return switch (unit) {
            case FRACTION, RATE_PER_YEAR -> ValueUnit.PERCENT;
            case USD -> ValueUnit.USD;
            case YEARS -> ValueUnit.YEARS;
            case COUNT -> ValueUnit.WHOLE;
            case NUMBER -> ValueUnit.RATIO;
        };
    }

    /**
     * What {@code text} says in {@code unit}, or a message naming the field ("Bump: not a number:
     * \"x\""), thrown as an IllegalArgumentException for the view model to show.
     */
    static double parse(String field, String text, ValueUnit unit) {
        try {
            double value = unit.parse(text == null ? "" : text);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(field + ": must be a finite number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    /** A whole number of at least {@code min} ("2,000" paths). */
    static int parseWhole(String field, String text, int min, int max) {
        double value = parse(field, text, ValueUnit.WHOLE);
        if (value != Math.rint(value) || value < min || value > max) {
            throw new IllegalArgumentException(field + ": a whole number from " + min + " to "
                    + io.tranchelab.format.Formats.count(max) + ", was " + text.trim());
        }
        return (int) value;
    }
}

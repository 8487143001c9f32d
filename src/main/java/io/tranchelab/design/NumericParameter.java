package io.tranchelab.design;

import io.tranchelab.model.Range;

/**
 * A number of a structure that design tools may vary: its JSON pointer, a label for people
 * ("ETH volatility"), its value, the range the validator allows, and whether it is a whole number.
 */
public record NumericParameter(String pointer, String label, double value, Range range, boolean whole) {

    /** The parameter's unit, for writing its values: a fraction, USD, a count or a plain number. */
    public MetricUnit unit() {
        return ParameterLabels.unit(pointer);
    }
}

package io.tranchelab.design;

import io.tranchelab.format.Formats;

/** The unit of a structure's number (from its field), and how the one formatter writes its values. */
public enum ParameterUnit {
    /** A fraction, written as a percentage (volatility, shares, rates, LTVs, correlations). */
    FRACTION,
    /** Money (prices, principals, depths, capacities). */
    USD,
    /** A whole number of things (borrowers, credit lines, oracle delay steps, a credit score). */
    COUNT,
    /** A number with no unit of its own (an intensity per year, a log jump size, days, the OC ratio). */
    NUMBER;

    public String format(double value) {
        return switch (this) {
            case FRACTION -> Formats.percent(value);
            case USD -> Formats.money(value);
            case COUNT -> Double.isNaN(value) ? "n/a" : Formats.count(Math.round(value));
            case NUMBER -> Formats.number(value);
        };
    }
}

package io.tranchelab.design;

import io.tranchelab.format.Formats;

/** The unit of a metric or a parameter, and how the one formatter writes it. */
public enum MetricUnit {
    /** A fraction, written as a percentage. */
    FRACTION("%"),
    /** A return a year (an IRR, an annualized cash multiple), a fraction written as percent a year. */
    RATE_PER_YEAR("%/yr"),
    USD("USD"),
    YEARS("years"),
    /** A whole number of things (borrowers, steps). */
    COUNT(""),
    /** A number with no unit of its own (an intensity per year, a ratio, days). */
    NUMBER("");

    private final String symbol;

    MetricUnit(String symbol) {
        this.symbol = symbol;
    }

    /** For a column header: "Senior EL (%)". */
    public String symbol() {
        return symbol;
    }

    /** The value with its unit, as the workbench and reports write it. */
    public String format(double value) {
        return switch (this) {
            case FRACTION -> Formats.percent(value);
            case RATE_PER_YEAR -> Formats.ratePerYear(value);
            case USD -> Formats.money(value);
            case YEARS -> Formats.years(value);
            case COUNT -> Double.isNaN(value) ? "n/a" : Formats.count(Math.round(value));
            case NUMBER -> Formats.number(value);
        };
    }

    /** The value under a header that states the unit: percent without the sign, whole dollars, years. */
    public String formatBare(double value) {
        return switch (this) {
            case FRACTION -> Formats.percentNumber(value, 2);
            case RATE_PER_YEAR -> Formats.ratePerYearNumber(value, 2);
            case USD -> Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.US, "%,.0f", value);
            case YEARS -> Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.US, "%.2f", value);
            case COUNT, NUMBER -> format(value);
        };
    }
}

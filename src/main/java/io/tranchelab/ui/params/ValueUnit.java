package io.tranchelab.ui.params;

import io.tranchelab.format.Formats;

import java.util.Locale;

/**
 * How a parameter is shown and typed. Values are stored in model units (fractions, USD, years);
 * a unit converts them to what an analyst reads and types ("5 %" for 0.05) and back.
 */
public enum ValueUnit {
    PERCENT("%", 100, 2),
    USD("USD", 1, 0),
    YEARS("years", 1, 2),
    STEPS("steps", 1, 0),
    PATHS("paths", 1, 0),
    PER_YEAR("per year", 1, 2),
    RATIO("x", 1, 2),
    DAYS("days", 1, 0),
    SCORE("score", 1, 0),
    LOG_RETURN("log-return", 1, 3),
    /** Scorecard weights: log-odds of no default per unit of a feature. */
    LOG_ODDS("log-odds", 1, 3),
    /** A whole number with no unit (the random seed). */
    WHOLE("", 1, 0);

    private final String label;
    private final double scale;
    private final int decimals;

    ValueUnit(String label, double scale, int decimals) {
        this.label = label;
        this.scale = scale;
        this.decimals = decimals;
    }

    public String label() {
        return label;
    }

    public boolean integral() {
        return decimals == 0 && this != USD;
    }

    /** The text a field shows for a model value. */
    public String format(double modelValue) {
        if (Double.isInfinite(modelValue)) {
            return "unlimited";
        }
        if (this == USD) {
            return Formats.moneyExact(modelValue);
        }
        String digits = String.format(Locale.US, "%" + (integral() ? "," : "") + "." + decimals + "f",
                modelValue * scale);
        return this == PERCENT ? digits + " %" : digits;
    }

    /**
     * Parses what a user typed into a model value: "5", "5 %", "$12,500,000", "12.5M", "1e6", and
     * "unlimited" (or "none") for an optional cap.
     *
     * @throws NumberFormatException with a message fit for the user
     */
    public double parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(",", "").replace("$", "").replace("%", "")
                .replace(label.toLowerCase(Locale.ROOT), "").trim();
        if (t.equals("unlimited") || t.equals("none") || t.equals("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        double multiplier = 1;
        if (!t.isEmpty() && "kmb".indexOf(t.charAt(t.length() - 1)) >= 0) {
            multiplier = switch (t.charAt(t.length() - 1)) {
                case 'k' -> 1e3;
                case 'm' -> 1e6;
                default -> 1e9;
            };
            t = t.substring(0, t.length() - 1).trim();
        }
        double typed;
        try {
            typed = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a number: \"" + text.trim() + "\"");
        }
        if (!Double.isFinite(typed)) {
            throw new NumberFormatException("not a number: \"" + text.trim() + "\"");
        }
        return typed * multiplier / scale;
    }
}

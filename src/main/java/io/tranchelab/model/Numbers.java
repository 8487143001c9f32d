package io.tranchelab.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Formats numbers for messages: short, exact enough to recognise the value typed. */
final class Numbers {

    private static final MathContext SHOWN = new MathContext(10);

    private Numbers() {
    }

    static String show(double value) {
        if (Double.isNaN(value)) {
            return "NaN (not a number)";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(SHOWN).stripTrailingZeros();
        int magnitude = rounded.precision() - rounded.scale();
        return magnitude > -6 && magnitude < 16 ? rounded.toPlainString() : rounded.toString();
    }

    /** Whole numbers with thousands separators: 10,000,000. */
    static String show(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

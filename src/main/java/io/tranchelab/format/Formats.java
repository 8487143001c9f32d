package io.tranchelab.format;

import java.util.Locale;

/** How TrancheLab writes numbers for people (workbench, CLI, reports): "$12.3M", "$1,234,567", "1.23 %", "4.0 bp". */
public final class Formats {

    private Formats() {
    }

    /** Compact money for labels: $950, $12.3K, $12.3M, $1.2B. */
    public static String money(double usd) {
        double a = Math.abs(usd);
        String sign = usd < 0 ? "-" : "";
        if (a >= 1e9) {
            return sign + String.format(Locale.US, "$%.1fB", a / 1e9);
        }
        if (a >= 1e6) {
            return sign + String.format(Locale.US, "$%.1fM", a / 1e6);
        }
        if (a >= 1e4) {
            return sign + String.format(Locale.US, "$%.1fK", a / 1e3);
        }
        return sign + String.format(Locale.US, "$%,.0f", a);
    }

    /** Money to the dollar, for fields a user edits: $1,234,567. */
    public static String moneyExact(double usd) {
        return (usd < 0 ? "-" : "") + String.format(Locale.US, "$%,.0f", Math.abs(usd));
    }

    /** A fraction as a percentage with two decimals, or in basis points when below 0.1 %. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        double a = Math.abs(fraction);
        if (a > 0 && a < 0.001) {
            return String.format(Locale.US, "%.1f bp", fraction * 1e4);
        }
        return String.format(Locale.US, "%.2f %%", fraction * 100);
    }

    /** A fraction as a percentage with one decimal, for dense labels. */
    public static String percentShort(double fraction) {
        return String.format(Locale.US, "%.1f %%", fraction * 100);
    }

    public static String years(double years) {
        return String.format(Locale.US, "%.2f yr", years);
    }

    public static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }
}

package io.tranchelab.format;

import java.util.Locale;

/**
 * How TrancheLab writes numbers for people (workbench, slides, PDF, CLI): "$12.3M",
 * "$1,234,567", "1.23 %". Every fraction is written as a percentage, never in basis points, so
 * a number reads the same in every view and one column holds one unit; tiny fractions get the
 * decimals they need ("0.0042 %") rather than a different unit. Axis ticks take as many
 * decimals as their spacing needs, so neighbouring ticks never read the same.
 */
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

    /** A price per 1.00 of principal (a tranche token's price): four decimals, "0.9651". */
    public static String price(double perUnit) {
        return Double.isNaN(perUnit) ? "n/a" : String.format(Locale.US, "%.4f", perUnit);
    }

    /** Below this many percent a non-zero fraction is written as "&lt;0.0001 %" rather than as zero. */
    private static final double SMALLEST_PERCENT = 0.0001;

    /** A fraction as a percentage: two decimals, more (up to four) for a non-zero value below 0.1 %. */
    public static String percent(double fraction) {
        return percentNumber(fraction, 2) + (Double.isNaN(fraction) ? "" : " %");
    }

    /** A fraction as a percentage with one decimal (more below 1 %), for dense labels. */
    public static String percentShort(double fraction) {
        return percentNumber(fraction, 1) + (Double.isNaN(fraction) ? "" : " %");
    }

    /**
     * A fraction as a number of percent without the sign, for table cells under a header that
     * states the unit: {@code decimals} decimals, or two significant digits (at most four
     * decimals) when the value is not zero and would otherwise read as zero or one digit.
     */
    public static String percentNumber(double fraction, int decimals) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        double p = fraction * 100;
        double a = Math.abs(p);
        if (a > 0 && a < SMALLEST_PERCENT / 2) {
            return (p < 0 ? "-" : "") + "<" + String.format(Locale.US, "%.4f", SMALLEST_PERCENT);
        }
        int d = decimals;
        if (a > 0 && a < Math.pow(10, 1 - decimals)) {
            d = Math.min(4, Math.max(decimals, 1 - (int) Math.floor(Math.log10(a))));
        }
        return String.format(Locale.US, "%." + d + "f", p);
    }

    /**
     * A return a year (a tranche's IRR, its annualized cash multiple) with its unit, the one
     * format of every return TrancheLab shows: "5.13 %/yr", "-100.00 %/yr", "n/a" when not
     * computed. Rates of 10,000 % a year and more are grouped without decimals ("1,234,567 %/yr").
     */
    public static String ratePerYear(double fraction) {
        return ratePerYearNumber(fraction, 2) + (Double.isNaN(fraction) ? "" : " %/yr");
    }

    /** {@link #ratePerYear} without the unit, for a cell under a header that says "%/yr". */
    public static String ratePerYearNumber(double fraction, int decimals) {
        if (Math.abs(fraction) >= 100) {
            return String.format(Locale.US, "%,.0f", fraction * 100);
        }
        return percentNumber(fraction, decimals);
    }

    /** An axis tick of a percent axis whose ticks are {@code step} apart (fractions): "5%", "2.5%", "0.25%". */
    public static String percentTick(double fraction, double step) {
        // a tick at zero computed as -1e-18 would read "-0%"
        double shown = Math.abs(fraction) < Math.abs(step) * 1e-9 ? 0 : fraction;
        return String.format(Locale.US, "%." + decimalsFor(step * 100) + "f%%", shown * 100);
    }

    /**
     * An axis tick of a money axis whose ticks are {@code step} USD apart: compact like
     * {@link #money} with the decimals the step needs ("$12.35M" for steps of $50K, "$0.25"
     * for steps of a quarter).
     */
    public static String moneyTick(double usd, double step) {
        double a = Math.max(Math.abs(usd), Math.abs(step));
        double scale = a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : a >= 1e4 ? 1e3 : 1;
        String suffix = scale == 1e9 ? "B" : scale == 1e6 ? "M" : scale == 1e3 ? "K" : "";
        int decimals = decimalsFor(step / scale);
        String sign = usd < 0 && Math.abs(usd) >= step * 1e-9 ? "-" : "";
        return sign + String.format(Locale.US, "$%,." + decimals + "f", Math.abs(usd) / scale) + suffix;
    }

    /** The fewest decimals (0 to 6) that write multiples of {@code step} apart. */
    static int decimalsFor(double step) {
        double s = Math.abs(step);
        if (!(s > 0) || !Double.isFinite(s)) {
            return 0;
        }
        for (int d = 0; d < 6; d++) {
            double scaled = s * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 6;
    }

    public static String years(double years) {
        return String.format(Locale.US, "%.2f yr", years);
    }

    /**
     * A plain number for a value with no unit of its own (an intensity per year, a ratio, a
     * count of days): up to four significant digits, thousands separated, no exponent below a
     * trillion: "1.25", "0.083", "36,500", "4".
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : value > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(value);
        if (a != 0 && (a < 1e-4 || a >= 1e12)) {
            return String.format(Locale.US, "%.3e", value);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(4))
                .stripTrailingZeros();
        String plain = rounded.scale() <= 0 ? String.format(Locale.US, "%,d", rounded.longValueExact())
                : rounded.toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    public static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }
}

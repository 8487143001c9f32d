package io.tranchelab.cli;

import java.util.Locale;

/** How the CLI writes numbers for people: money with a scale, rates as percentages. */
final class Figures {

    private Figures() {
    }

    static String money(double usd) {
        double abs = Math.abs(usd);
        if (abs >= 1e9) {
            return String.format(Locale.ROOT, "$%.2fB", usd / 1e9);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "$%.2fM", usd / 1e6);
        }
        if (abs >= 1e3) {
            return String.format(Locale.ROOT, "$%.1fk", usd / 1e3);
        }
        return String.format(Locale.ROOT, "$%.2f", usd);
    }

    /** A fraction as a percentage; tiny non-zero values keep their significant digits. */
    static String percent(double fraction) {
        double pct = fraction * 100;
        if (pct != 0 && Math.abs(pct) < 0.01) {
            return String.format(Locale.ROOT, "%.2g%%", pct);
        }
        return String.format(Locale.ROOT, "%.2f%%", pct);
    }

    static String years(double value) {
        return String.format(Locale.ROOT, "%.2fy", value);
    }
}

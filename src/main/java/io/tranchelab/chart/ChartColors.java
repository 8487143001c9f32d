package io.tranchelab.chart;

/**
 * Tranche and waterfall colours shared by the workbench, the charts and the reports, so a
 * tranche reads the same everywhere: seniors in deepening blues, the equity in amber.
 */
public final class ChartColors {

    private static final String[] SENIORS = {"#1d4e89", "#2f6fb3", "#4f8fd0", "#77aee0", "#9cc5ea", "#bcd8f1"};
    private static final String EQUITY = "#e8963a";

    public static final String FEES = "#8c8c8c";
    public static final String RESERVE = "#5aae61";
    public static final String TURBO = "#7b3294";
    /** The hedge's expense: a dark teal, apart from the tranches' blues and the fees' grey. */
    public static final String HEDGE = "#1b7a7a";
    public static final String LOSS = "#c0392b";

    private ChartColors() {
    }

    public static String trancheHex(int index, int count) {
        if (index == count - 1) {
            return EQUITY;
        }
        return SENIORS[Math.min(index, SENIORS.length - 1)];
    }

    public static java.awt.Color awt(String hex) {
        return java.awt.Color.decode(hex);
    }

    public static java.awt.Color awt(String hex, int alpha) {
        java.awt.Color c = java.awt.Color.decode(hex);
        return new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}

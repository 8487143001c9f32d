package io.tranchelab.ui.format;

import javafx.scene.paint.Color;

/**
 * Tranche colours shared by the canvas and the charts, so a tranche reads the same everywhere:
 * seniors in deepening blues, the equity in amber.
 */
public final class Palette {

    private static final String[] SENIORS = {"#1d4e89", "#2f6fb3", "#4f8fd0", "#77aee0", "#9cc5ea", "#bcd8f1"};
    private static final String EQUITY = "#e8963a";

    public static final String FEES = "#8c8c8c";
    public static final String RESERVE = "#5aae61";
    public static final String TURBO = "#7b3294";
    public static final String LOSS = "#c0392b";

    private Palette() {
    }

    public static String trancheHex(int index, int count) {
        if (index == count - 1) {
            return EQUITY;
        }
        return SENIORS[Math.min(index, SENIORS.length - 1)];
    }

    public static Color tranche(int index, int count) {
        return Color.web(trancheHex(index, count));
    }

    public static java.awt.Color awt(String hex) {
        return java.awt.Color.decode(hex);
    }

    public static java.awt.Color awt(String hex, int alpha) {
        java.awt.Color c = java.awt.Color.decode(hex);
        return new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Text colour that stays readable on the tranche's fill. */
    public static Color textOn(int index, int count) {
        return index == count - 1 || index >= 3 ? Color.web("#1b1b1b") : Color.WHITE;
    }
}

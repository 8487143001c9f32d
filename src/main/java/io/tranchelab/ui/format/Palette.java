package io.tranchelab.ui.format;

import io.tranchelab.chart.ChartColors;
import javafx.scene.paint.Color;

/**
 * The workbench's colours as JavaFX colours; the hues themselves are {@link ChartColors}, shared
 * with the charts and the reports.
 */
public final class Palette {

    public static final String FEES = ChartColors.FEES;
    public static final String RESERVE = ChartColors.RESERVE;
    public static final String TURBO = ChartColors.TURBO;
    public static final String LOSS = ChartColors.LOSS;

    private Palette() {
    }

    public static String trancheHex(int index, int count) {
        return ChartColors.trancheHex(index, count);
    }

    public static Color tranche(int index, int count) {
        return Color.web(trancheHex(index, count));
    }

    /** Text colour that stays readable on the tranche's fill. */
    public static Color textOn(int index, int count) {
        return index == count - 1 || index >= 3 ? Color.web("#1b1b1b") : Color.WHITE;
    }
}

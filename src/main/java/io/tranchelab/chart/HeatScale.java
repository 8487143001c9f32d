package io.tranchelab.chart;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

/**
 * The alignment map's colours: a sequential scale from pale yellow (low) through orange to dark
 * red (high), ColorBrewer's YlOrRd, so "more loss" reads as "hotter" and the order survives a
 * grey-scale print. Values outside the bounds take the end colours; a value that is not a number
 * has no colour here (the chart draws it as pending, never as the lowest value).
 */
final class HeatScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Color[] STOPS = {
        new Color(0xff, 0xff, 0xcc), new Color(0xfe, 0xd9, 0x76), new Color(0xfd, 0x8d, 0x3c),
        new Color(0xe3, 0x1a, 0x1c), new Color(0x80, 0x00, 0x26)};

    private final double lower;
    private final double upper;

    HeatScale(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("upper must exceed lower: " + lower + ", " + upper);
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}

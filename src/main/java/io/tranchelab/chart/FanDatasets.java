package io.tranchelab.chart;

import io.tranchelab.sim.Fan;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;

/**
 * A percentile fan as two bands around the median (5-95 and 25-75), scaled (value per unit of
 * principal) and optionally mirrored (drawdowns drawn below zero).
 */
public final class FanDatasets {

    private FanDatasets() {
    }

    public static YIntervalSeriesCollection of(double[] times, Fan fan, double scale, String label) {
        YIntervalSeries outer = new YIntervalSeries("5-95 %" + label, false, false);
        YIntervalSeries inner = new YIntervalSeries("25-75 %, median" + label, false, false);
        for (int i = 0; i < times.length; i++) {
            double median = fan.p50()[i] * scale;
            double a = fan.p5()[i] * scale;
            double b = fan.p95()[i] * scale;
            double c = fan.p25()[i] * scale;
            double d = fan.p75()[i] * scale;
            if (!(Double.isFinite(median) && Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c)
                    && Double.isFinite(d))) {
                continue; // e.g. the health of a book whose loans are all repaid: nothing to draw, and
                          // an infinite coordinate would break the software renderer
            }
            outer.add(times[i], median, Math.min(a, b), Math.max(a, b));
            inner.add(times[i], median, Math.min(c, d), Math.max(c, d));
        }
        YIntervalSeriesCollection out = new YIntervalSeriesCollection();
        out.addSeries(outer);
        out.addSeries(inner);
        return out;
    }

    public static DeviationRenderer renderer(Color color) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1f);
        renderer.setSeriesFillPaint(0, withAlpha(color, 45), false);
        renderer.setSeriesFillPaint(1, withAlpha(color, 95), false);
        renderer.setSeriesPaint(0, color, false);
        renderer.setSeriesPaint(1, color, false);
        renderer.setSeriesStroke(0, ChartStyle.line(0.5f), false);
        renderer.setSeriesStroke(1, ChartStyle.line(2f), false);
        return renderer;
    }

    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}

package io.tranchelab.chart;

import io.tranchelab.format.Formats;
import io.tranchelab.sim.HedgeOutcomes;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.geom.Ellipse2D;

/**
 * The hedge's P&L on each path against the hedged asset's fall over the horizon (docs/model.md
 * §8.15): one dot per path (at most {@link #MAX_DOTS}, the first paths, which the title then
 * says), and the mean
 * P&L of the paths in each band of the fall as a line. Both axes are shares: the fall of the
 * price ({@code 1 - P_T / P_0}, positive when it fell) and the P&L over the pool's initial value;
 * a working hedge rises to the right. Paths on which the price more than doubled (a fall below
 * {@link #LEFTMOST_FALL}) are left out of the dots and the bands, and counted in the title: a
 * five-fold rally would squeeze every fall into a corner.
 */
public final class HedgePnlChart {

    static final int MAX_DOTS = 5_000;
    static final int BANDS = 20;
    /** -100 %: the price doubled. */
    static final double LEFTMOST_FALL = -1;

    private final JFreeChart chart;
    private final XYPlot plot;

    public HedgePnlChart() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        plot = new XYPlot(null, ChartStyle.percentAxis("fall of the hedged asset's price over the horizon", "fall"),
                ChartStyle.percentAxis("hedge P&L / pool's initial value", "hedge P&L"), renderer);
        chart = ChartStyle.apply(new EntityFreeChart(plot), "Hedge P&L against the collateral's fall");
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        renderer.setSeriesPaint(0, ChartColors.awt(ChartColors.trancheHex(0, 3), 70));
        renderer.setSeriesLinesVisible(1, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, ChartColors.awt(ChartColors.LOSS));
        renderer.setSeriesStroke(1, ChartStyle.line(2.5f));
        plot.addRangeMarker(new ValueMarker(0, new Color(0x55, 0x55, 0x55), ChartStyle.line(1f)));
        plot.addDomainMarker(new ValueMarker(0, new Color(0x55, 0x55, 0x55), ChartStyle.line(1f)));
        plot.setNoDataMessage("No hedge: add a put or a perp short to see its P&L");
    }

    public JFreeChart chart() {
        return chart;
    }

    public void show(HedgeOutcomes outcomes) {
        chart.setNotify(false);
        XYSeriesCollection data = dataset(outcomes);
        plot.setDataset(data);
        int off = 0;
        for (double fall : outcomes.assetFall()) {
            off += fall < LEFTMOST_FALL ? 1 : 0;
        }
        // the dots are a sample when there are many paths: say so, or the cloud reads as all of them
        int dots = data.getSeries(0).getItemCount();
        chart.setTitle("Hedge P&L against the fall of " + outcomes.asset() + " (" + Formats.count(outcomes.paths())
                + " paths" + (dots < outcomes.paths() - off ? "; dots: the first " + Formats.count(dots) : "")
                + (off > 0 ? "; " + Formats.count(off) + " where it more than doubled not shown" : "") + ")");
        chart.setNotify(true);
    }

    /** Series 0: the dots; series 1: the band means (bands of equal width from the smallest fall to the largest). */
    static XYSeriesCollection dataset(HedgeOutcomes outcomes) {
        XYSeries dots = new XYSeries("paths", false, true);
        XYSeries means = new XYSeries("mean by band of the fall", true, true);
        int n = outcomes.paths();
        double v0 = outcomes.initialValue();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int shown = 0;
        for (int i = 0; i < n; i++) {
            if (outcomes.assetFall()[i] < LEFTMOST_FALL) {
                continue;
            }
            low = Math.min(low, outcomes.assetFall()[i]);
            high = Math.max(high, outcomes.assetFall()[i]);
            if (shown++ < MAX_DOTS) {
                dots.add(outcomes.assetFall()[i], outcomes.hedgePnl(i) / v0, false);
            }
        }
        if (shown > 0) {
            double[] sum = new double[BANDS];
            double[] fallSum = new double[BANDS];
            int[] count = new int[BANDS];
            double width = (high - low) / BANDS;
            for (int i = 0; i < n; i++) {
                if (outcomes.assetFall()[i] < LEFTMOST_FALL) {
                    continue;
                }
                int band = width > 0 ? (int) Math.min(BANDS - 1, (outcomes.assetFall()[i] - low) / width) : 0;
                sum[band] += outcomes.hedgePnl(i) / v0;
                fallSum[band] += outcomes.assetFall()[i];
                count[band]++;
            }
            for (int b = 0; b < BANDS; b++) {
                if (count[b] > 0) {
                    means.add(fallSum[b] / count[b], sum[b] / count[b], false);
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(dots);
        data.addSeries(means);
        return data;
    }
}

package io.tranchelab.chart;

import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.format.Formats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * One tranche's loss distribution over the paths that lose, bars summing to the probability of
 * loss, with the expected loss and the 95 % and 99 % VaR marked.
 */
public final class LossHistogramChart {

    private static final int BINS = 40;

    private final XYBarRenderer renderer = new XYBarRenderer(0.05);
    private final XYPlot plot;
    private final JFreeChart chart;

    public LossHistogramChart() {
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        plot = new XYPlot(null, ChartStyle.percentAxis("loss / principal"), ChartStyle.percentAxis("share of paths"),
                renderer);
        chart = ChartStyle.apply(new EntityFreeChart(plot), "Loss distribution");
        chart.removeLegend();
        renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(true);
    }

    public JFreeChart chart() {
        return chart;
    }

    public void show(SimulationResult result, int tranche) {
        show(result, tranche, 0);
    }

    /**
     * Small multiples: one chart per result, all with the same bins and the same axes (0 to the
     * largest loss of any of them, 0 to the highest bar of any), so that a taller or wider
     * distribution looks taller or wider. Charts of different scales side by side mislead.
     */
    public static List<LossHistogramChart> sharedAxes(List<SimulationResult> results, int tranche) {
        double upper = 0;
        for (SimulationResult result : results) {
            if (tranche < result.trancheLosses().size()) {
                for (double loss : result.trancheLosses().get(tranche)) {
                    upper = Math.max(upper, loss);
                }
            }
        }
        List<LossHistogramChart> charts = new ArrayList<>();
        double top = 0;
        for (SimulationResult result : results) {
            LossHistogramChart chart = new LossHistogramChart();
            chart.show(result, tranche, upper);
            top = Math.max(top, chart.highestBar);
            charts.add(chart);
        }
        if (upper > 0) {
            for (LossHistogramChart chart : charts) {
                chart.plot.getDomainAxis().setRange(0, upper * 1.02);
                chart.plot.getRangeAxis().setRange(0, top * 1.08);
                chart.placeMarkerLabels(upper * 1.02);
            }
        }
        return charts;
    }

    private double highestBar;

    private void show(SimulationResult result, int tranche, double upper) {
        if (tranche >= result.trancheLosses().size()) {
            return;
        }
        TrancheMetrics m = result.tranches().get(tranche);
        LossHistogram h = LossHistogram.of(result.trancheLosses().get(tranche), BINS, upper);
        highestBar = 0;
        for (double f : h.frequency()) {
            highestBar = Math.max(highestBar, f);
        }
        XYIntervalSeries bars = new XYIntervalSeries("paths");
        for (int b = 0; b < h.frequency().length; b++) {
            double x0 = h.binStart()[b];
            bars.add(x0 + h.binWidth() / 2, x0, x0 + h.binWidth(), h.frequency()[b], 0, h.frequency()[b]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        if (!bars.isEmpty()) {
            data.addSeries(bars);
        }
        chart.setNotify(false);
        renderer.setSeriesPaint(0, ChartColors.awt(ChartColors.trancheHex(tranche, result.tranches().size())), false);
        plot.clearDomainMarkers();
        if (h.probabilityOfLoss() > 0) {
            plot.addDomainMarker(marker(m.expectedLoss(), "EL", new Color(0x22, 0x22, 0x22), 0));
            plot.addDomainMarker(marker(m.var95(), "VaR95", ChartColors.awt(ChartColors.LOSS), 1));
            plot.addDomainMarker(marker(m.var99(), "VaR99", ChartColors.awt(ChartColors.TURBO), 2));
            placeMarkerLabels(Math.max(upper, h.binStart()[h.binStart().length - 1] + h.binWidth()));
        }
        plot.setNoDataMessage(m.name() + ": no path loses anything");
        plot.setDataset(data);
        chart.setTitle(m.name() + ": loss distribution  (P(loss) " + Formats.percent(m.probabilityOfLoss())
                + ", EL " + Formats.percent(m.expectedLoss()) + ")");
        chart.setNotify(true);
    }

    /**
     * Puts each marker's label on the side of its line that has room: right of the line in the
     * left part of the axis, left of it in the right part, so a VaR near 100 % is not cut at the
     * plot's edge. Each label keeps its own row, so close markers do not overprint.
     */
    void placeMarkerLabels(double axisUpper) {
        java.util.Collection<?> markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        if (markers == null) {
            return; // no path loses: no markers (JFreeChart answers null, not an empty list)
        }
        for (Object o : markers) {
            ValueMarker marker = (ValueMarker) o;
            boolean leftOfLine = axisUpper > 0 && marker.getValue() > 0.55 * axisUpper;
            marker.setLabelTextAnchor(leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelAnchor(leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        }
    }

    /** A dashed line with its label on its own row ({@code row}), rows a line of its font apart. */
    private static ValueMarker marker(double x, String label, Color color, int row) {
        ValueMarker marker = new ValueMarker(x, color, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1, new float[] {4, 3}, 0));
        marker.setLabel(label + " " + Formats.percentShort(x));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        marker.setLabelFont(font);
        marker.setLabelPaint(color);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2 + 1.4 * font.getSize2D() * row, 3, 2, 3));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        return marker;
    }
}

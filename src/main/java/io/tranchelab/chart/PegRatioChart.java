package io.tranchelab.chart;

import io.tranchelab.sim.FanSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;

import java.awt.Color;

/**
 * A pool of pegged assets: the peg ratio (price / reference price) of the pegged asset it holds
 * most of, as a percentile fan with the peg at 1, and below it the pool's value (NAV) fan.
 */
public final class PegRatioChart {

    private static final Color PEG = new Color(0x45, 0x7b, 0x9d);
    private static final Color NAV = new Color(0x26, 0x46, 0x53);

    private final XYPlot pegPlot = new XYPlot(null, null, ratioAxis(), null);
    private final XYPlot navPlot = new XYPlot(null, null, ChartStyle.moneyAxis("pool value", "value"), null);
    private final JFreeChart chart;

    public PegRatioChart() {
        pegPlot.addRangeMarker(new ValueMarker(1.0, Color.GRAY, ChartStyle.line(0.8f)));
        chart = ChartStyle.stacked(pegPlot, navPlot, "Peg ratio and pool value");
        pegPlot.setRenderer(FanDatasets.renderer(PEG));
        navPlot.setRenderer(FanDatasets.renderer(NAV));
    }

    /** In percent of par: a depeg of a few basis points still gets distinct tick labels (99.85 %). */
    private static NumberAxis ratioAxis() {
        return ChartStyle.percentAxis("price / peg", "peg");
    }

    /**
     * At least 1 % below par, so a peg that holds reads as a flat line at 100 % (not as noise on
     * an axis of identical labels) and small depegs keep their true, small, size.
     */
    static double lowestShown(io.tranchelab.sim.Fan ratio) {
        double lowest = 1;
        for (double p5 : ratio.p5()) {
            if (Double.isFinite(p5)) {
                lowest = Math.min(lowest, p5);
            }
        }
        return Math.min(0.99, lowest - 0.05 * (1 - lowest));
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Shows the fans; {@code fans} must have a peg ratio. */
    public void show(FanSeries fans) {
        chart.setNotify(false);
        pegPlot.setDataset(FanDatasets.of(fans.times(), fans.pegRatio(), 1, " " + fans.pegAsset()));
        double low = lowestShown(fans.pegRatio());
        pegPlot.getRangeAxis().setRange(low, 1 + 0.05 * (1 - low));
        navPlot.setDataset(FanDatasets.of(fans.times(), fans.nav(), 1, " NAV"));
        chart.setTitle(fans.pegAsset() + " peg ratio and pool value");
        chart.setNotify(true);
    }
}

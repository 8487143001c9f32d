package io.tranchelab.chart;

import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.WaterfallSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * What matters for the pool's collateral, over the deal's whole horizon. With a loan book: the
 * aggregate health factor as a percentile fan, with the liquidation line at 1, and below it the
 * mean liquidation volume and bad debt per step. Without one (credit lines, yield positions): the
 * pool's NAV as a percentile fan, and below it the mean realized losses per step (credit-line
 * defaults x LGD, loss events), with no liquidation line, which would mean nothing there.
 */
public final class CollateralHealthChart {

    private static final Color HEALTH = new Color(0x2a, 0x9d, 0x8f);

    private final NumberAxis healthAxis = new NumberAxis("health factor");
    private final NumberAxis navAxis = ChartStyle.moneyAxis("pool NAV");
    private final XYPlot healthPlot = new XYPlot(null, null, healthAxis, null);
    private final ValueMarker liquidation;
    private final XYAreaRenderer volumeRenderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    private final XYPlot volumePlot = new XYPlot(null, null, ChartStyle.moneyAxis("per step"), volumeRenderer);
    private final JFreeChart chart;

    public CollateralHealthChart() {
        ((NumberAxis) healthPlot.getRangeAxis()).setAutoRangeIncludesZero(false);
        liquidation = new ValueMarker(1.0, ChartColors.awt(ChartColors.LOSS), new BasicStroke(1.2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 3}, 0));
        liquidation.setLabel("liquidation");
        liquidation.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        liquidation.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        liquidation.setLabelPaint(ChartColors.awt(ChartColors.LOSS));
        healthPlot.addRangeMarker(liquidation);
        chart = ChartStyle.stacked(healthPlot, volumePlot, "Loan health and liquidations");
        // after the theme, which resets series paints
        healthPlot.setRenderer(FanDatasets.renderer(HEALTH));
        volumeRenderer.setSeriesPaint(0, FanDatasets.withAlpha(ChartColors.awt(ChartColors.TURBO), 170), false);
        volumeRenderer.setSeriesPaint(1, ChartColors.awt(ChartColors.LOSS), false);
    }

    public JFreeChart chart() {
        return chart;
    }

    public void show(SimulationResult result) {
        FanSeries fans = result.fans();
        chart.setNotify(false);
        volumePlot.getRangeAxis().setVisible(true);
        healthPlot.clearRangeMarkers();
        if (fans.loanHealth() == null) {
            chart.setTitle("Pool NAV and losses (no loan book)");
            navAxis.setLabelFont(healthAxis.getLabelFont()); // scaled with the UI like the axis it replaces
            navAxis.setTickLabelFont(healthAxis.getTickLabelFont());
            healthPlot.setRangeAxis(navAxis);
            volumeRenderer.setSeriesPaint(0, ChartColors.awt(ChartColors.LOSS), false);
            navAxis.setAutoRangeIncludesZero(false);
            healthPlot.setDataset(FanDatasets.of(fans.times(), fans.nav(), 1, " NAV"));
            navAxis.setAutoRange(true);
            volumePlot.setDataset(losses(result.waterfall()));
        } else {
            chart.setTitle("Collateral health");
            healthPlot.setRangeAxis(healthAxis);
            volumeRenderer.setSeriesPaint(0, FanDatasets.withAlpha(ChartColors.awt(ChartColors.TURBO), 170), false);
            healthPlot.addRangeMarker(liquidation);
            healthPlot.setDataset(FanDatasets.of(fans.times(), fans.loanHealth(), 1, " health"));
            healthAxis.setRange(0, visibleTop(fans.loanHealth()));
            volumePlot.setDataset(volumes(result.waterfall()));
        }
        // the deal's horizon, whatever the data's last point
        ((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis().setRange(0, result.horizonYears());
        chart.setNotify(true);
    }

    /**
     * Health factors of loans that were repaid or whose collateral rallied grow without bound; the
     * axis stops at twice the highest median (at least 2) so the liquidation line stays readable.
     */
    public static double visibleTop(io.tranchelab.sim.Fan health) {
        double top = 0;
        for (int i = 0; i < health.p50().length; i++) {
            if (Double.isFinite(health.p50()[i])) {
                top = Math.max(top, health.p50()[i]);
            }
        }
        return Math.max(2, 2 * top);
    }

    private static XYSeriesCollection losses(WaterfallSeries w) {
        XYSeries losses = new XYSeries("realized losses (mean)", false, false);
        for (int s = 0; s < w.times().length; s++) {
            losses.add(w.times()[s], w.losses()[s], false);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(losses);
        return data;
    }

    private static XYSeriesCollection volumes(WaterfallSeries w) {
        XYSeries liquidated = new XYSeries("liquidated debt (mean)", false, false);
        XYSeries badDebt = new XYSeries("bad debt (mean)", false, false);
        for (int s = 0; s < w.times().length; s++) {
            liquidated.add(w.times()[s], w.liquidationVolume()[s], false);
            badDebt.add(w.times()[s], w.badDebt()[s], false);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(liquidated);
        data.addSeries(badDebt);
        return data;
    }
}

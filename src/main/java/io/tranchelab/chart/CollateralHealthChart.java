package io.tranchelab.chart;

import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.WaterfallSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
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
 * The loan books' aggregate health factor as a percentile fan, with the liquidation line at 1,
 * and below it the mean liquidation volume and bad debt per step.
 */
public final class CollateralHealthChart {

    private static final Color HEALTH = new Color(0x2a, 0x9d, 0x8f);

    private final XYPlot healthPlot = new XYPlot(null, null, new FittingLabelAxis("health factor", "health"), null);
    private final XYAreaRenderer volumeRenderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    private final XYPlot volumePlot = new XYPlot(null, null, ChartStyle.moneyAxis("per step"), volumeRenderer);
    private final JFreeChart chart;

    public CollateralHealthChart() {
        ((NumberAxis) healthPlot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ValueMarker liquidation = new ValueMarker(1.0, ChartColors.awt(ChartColors.LOSS), new BasicStroke(1.2f,
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
        if (fans.loanHealth() == null) {
            healthPlot.setNoDataMessage("No loan book in the pool");
            volumePlot.setNoDataMessage("");
            healthPlot.setDataset(null);
            volumePlot.setDataset(null);
            volumePlot.getRangeAxis().setVisible(false);
        } else {
            volumePlot.getRangeAxis().setVisible(true);
            healthPlot.setDataset(FanDatasets.of(fans.times(), fans.loanHealth(), 1, " health"));
            healthPlot.getRangeAxis().setRange(0, visibleTop(fans.loanHealth()));
            volumePlot.setDataset(volumes(result.waterfall()));
        }
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

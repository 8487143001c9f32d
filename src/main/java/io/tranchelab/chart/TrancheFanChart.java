package io.tranchelab.chart;

import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;

import java.awt.Color;

/**
 * One tranche over time: its value per unit of principal as a percentile fan, and below it
 * its drawdown from peak (drawn below zero).
 */
public final class TrancheFanChart {

    private final XYPlot valuePlot = new XYPlot(null, null, ChartStyle.percentAxis("value"), null);
    private final XYPlot drawdownPlot = new XYPlot(null, null, ChartStyle.percentAxis("drawdown"), null);
    private final JFreeChart chart;

    public TrancheFanChart() {
        chart = ChartStyle.stacked(valuePlot, drawdownPlot, "Tranche value and drawdown");
        drawdownPlot.addRangeMarker(new ValueMarker(0, Color.GRAY, ChartStyle.line(0.8f)));
    }

    public JFreeChart chart() {
        return chart;
    }

    public void show(SimulationResult result, int tranche) {
        FanSeries fans = result.fans();
        if (tranche >= fans.trancheValues().size()) {
            return;
        }
        TrancheMetrics metrics = result.tranches().get(tranche);
        int count = result.tranches().size();
        Color color = ChartColors.awt(ChartColors.trancheHex(tranche, count));
        double perPrincipal = metrics.initialPrincipal() > 0 ? 1 / metrics.initialPrincipal() : 1;
        DeviationRenderer valueRenderer = FanDatasets.renderer(color);
        DeviationRenderer drawdownRenderer = FanDatasets.renderer(ChartColors.awt(ChartColors.LOSS));
        drawdownRenderer.setSeriesVisibleInLegend(0, false, false);
        drawdownRenderer.setSeriesVisibleInLegend(1, false, false);
        chart.setNotify(false);
        valuePlot.setRenderer(valueRenderer);
        drawdownPlot.setRenderer(drawdownRenderer);
        valuePlot.setDataset(FanDatasets.of(fans.times(), fans.trancheValues().get(tranche), perPrincipal, ""));
        drawdownPlot.setDataset(FanDatasets.of(fans.times(), fans.trancheDrawdowns().get(tranche), -1, " dd"));
        chart.setTitle(metrics.name() + ": value / principal and drawdown");
        chart.setNotify(true);
    }
}

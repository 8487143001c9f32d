package io.tranchelab.chart;

import io.tranchelab.sim.Fan;
import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * One tranche over time: what an investor holds per unit of initial principal, its total value
 * (mark plus the cash received to date, docs/model.md §8.6) as a percentile fan, with the median
 * principal outstanding as a dashed line; below it the drawdown of that same total value from
 * its peak (drawn below zero). A paydown moves value from the mark to the cash received: the
 * fan stays level and the dashed line falls, so repayment never reads as a loss.
 */
public final class TrancheFanChart {

    static final String OUTSTANDING = "principal outstanding (median)";
    static final int OUTSTANDING_DATASET = 1;

    private final XYPlot valuePlot = new XYPlot(null, null,
            ChartStyle.percentAxis("value") /* per principal: the title says so; a longer label overran the drawdown axis */, null);
    private final XYPlot drawdownPlot = new XYPlot(null, null, ChartStyle.percentAxis("drawdown", "DD"), null);
    private final XYLineAndShapeRenderer outstandingRenderer = new XYLineAndShapeRenderer(true, false);
    private final JFreeChart chart;

    public TrancheFanChart() {
        chart = ChartStyle.stacked(valuePlot, drawdownPlot, "Tranche total value and drawdown");
        drawdownPlot.addRangeMarker(new ValueMarker(0, Color.GRAY, ChartStyle.line(0.8f)));
        outstandingRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                1, new float[] {6, 4}, 0), false);
        outstandingRenderer.setSeriesPaint(0, Color.DARK_GRAY, false);
        valuePlot.setRenderer(OUTSTANDING_DATASET, outstandingRenderer);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The value plot (upper), for tests and exports that need to look inside. */
    XYPlot valuePlot() {
        return valuePlot;
    }

    XYPlot drawdownPlot() {
        return drawdownPlot;
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
        valuePlot.setDataset(OUTSTANDING_DATASET,
                median(fans.times(), fans.trancheOutstanding().get(tranche), perPrincipal));
        drawdownPlot.setDataset(FanDatasets.of(fans.times(), fans.trancheDrawdowns().get(tranche), -1, " dd"));
        chart.setTitle(metrics.name() + ": total value (mark + cash received) / principal, drawdown");
        chart.setNotify(true);
    }

    private static XYSeriesCollection median(double[] times, Fan fan, double scale) {
        XYSeries line = new XYSeries(OUTSTANDING, false, false);
        for (int i = 0; i < times.length; i++) {
            line.add(times[i], fan.p50()[i] * scale, false);
        }
        return new XYSeriesCollection(line);
    }
}

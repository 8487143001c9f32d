package io.tranchelab.chart;

import io.tranchelab.sim.WaterfallSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A credit pool's defaults over time: the mean cumulative principal of defaulted lines and the
 * mean cumulative credit loss (what was not recovered), and below it the mean credit loss per
 * step. The mean of cumulative sums is the cumulative sum of the per-step means, so the run's
 * per-step series is all it takes.
 */
public final class CreditLossChart {

    private final XYLineAndShapeRenderer cumulativeRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYPlot cumulativePlot = new XYPlot(null, null, ChartStyle.moneyAxis("cumulative", "cum."),
            cumulativeRenderer);
    private final XYAreaRenderer stepRenderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    private final XYPlot stepPlot = new XYPlot(null, null, ChartStyle.moneyAxis("per step"), stepRenderer);
    private final JFreeChart chart;

    public CreditLossChart() {
        chart = ChartStyle.stacked(cumulativePlot, stepPlot, "Credit losses and defaults");
        // after the theme, which resets series paints
        cumulativeRenderer.setSeriesPaint(0, ChartColors.awt(ChartColors.TURBO), false);
        cumulativeRenderer.setSeriesPaint(1, ChartColors.awt(ChartColors.LOSS), false);
        cumulativeRenderer.setSeriesStroke(0, ChartStyle.line(2f), false);
        cumulativeRenderer.setSeriesStroke(1, ChartStyle.line(2f), false);
        stepRenderer.setSeriesPaint(0, ChartColors.awt(ChartColors.LOSS), false);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Shows the series; {@code w} must come from a pool with credit lines. */
    public void show(WaterfallSeries w) {
        chart.setNotify(false);
        cumulativePlot.setDataset(cumulative(w));
        XYSeries perStep = new XYSeries("credit loss per step (mean)", false, false);
        for (int s = 0; s < w.times().length; s++) {
            perStep.add(w.times()[s], w.creditLosses()[s], false);
        }
        stepPlot.setDataset(new XYSeriesCollection(perStep));
        chart.setNotify(true);
    }

    /** Starts at 0 at time 0, so the lines begin where the deal does. */
    static XYSeriesCollection cumulative(WaterfallSeries w) {
        XYSeries defaulted = new XYSeries("defaulted principal (mean, cumulative)", false, false);
        XYSeries lost = new XYSeries("credit loss (mean, cumulative)", false, false);
        defaulted.add(0, 0, false);
        lost.add(0, 0, false);
        double defaultedSum = 0;
        double lostSum = 0;
        for (int s = 0; s < w.times().length; s++) {
            defaultedSum += w.defaultedPrincipal()[s];
            lostSum += w.creditLosses()[s];
            defaulted.add(w.times()[s], defaultedSum, false);
            lost.add(w.times()[s], lostSum, false);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(defaulted);
        data.addSeries(lost);
        return data;
    }
}

package io.tranchelab.chart;

import io.tranchelab.sim.FanSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import java.awt.Color;

/** The pool's value (NAV) as a percentile fan: the collateral panel of a pool with nothing more specific. */
public final class PoolValueChart {

    private static final Color NAV = new Color(0x26, 0x46, 0x53);

    private final XYPlot plot = new XYPlot(null, ChartStyle.yearsAxis(), ChartStyle.moneyAxis("pool value"), null);
    private final JFreeChart chart;

    public PoolValueChart() {
        chart = ChartStyle.apply(new EntityFreeChart(plot), "Pool value (NAV)");
        plot.setRenderer(FanDatasets.renderer(NAV));
    }

    public JFreeChart chart() {
        return chart;
    }

    public void show(FanSeries fans) {
        chart.setNotify(false);
        plot.setDataset(FanDatasets.of(fans.times(), fans.nav(), 1, " NAV"));
        chart.setNotify(true); // one redraw, with whatever was set before while notices were off
    }
}

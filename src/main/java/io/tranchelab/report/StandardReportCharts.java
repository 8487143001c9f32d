package io.tranchelab.report;

import io.tranchelab.chart.TrancheChoice;
import io.tranchelab.chart.TrancheFanChart;
import io.tranchelab.chart.WaterfallChart;
import io.tranchelab.sim.SimulationResult;
import org.jfree.chart.JFreeChart;

import java.util.List;

/**
 * The charts of a scenario page: the waterfall, and the value and drawdown fan of the most
 * senior tranche that loses (the workbench's first choice too).
 */
public final class StandardReportCharts implements ReportCharts {

    @Override
    public List<JFreeChart> chartsFor(SimulationResult result) {
        WaterfallChart waterfall = new WaterfallChart();
        waterfall.show(result);
        TrancheFanChart fan = new TrancheFanChart();
        fan.show(result, TrancheChoice.firstThatLoses(result));
        return List.of(waterfall.chart(), fan.chart());
    }
}

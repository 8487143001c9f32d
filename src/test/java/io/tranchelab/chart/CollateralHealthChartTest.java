package io.tranchelab.chart;

import io.tranchelab.sim.Fan;
import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.sim.WaterfallSeries;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collateral panel of a pool without a loan book shows its NAV and losses over the deal's horizon. */
class CollateralHealthChartTest {

    /** A two-year credit pool (no loans) whose chart grid stops at one year. */
    private static SimulationResult creditPool() {
        double[] times = {0, 0.5, 1};
        Fan nav = new Fan(new double[] {90, 85, 80}, new double[] {95, 92, 90}, new double[] {100, 99, 98},
                new double[] {101, 101, 101}, new double[] {102, 103, 104});
        FanSeries fans = new FanSeries(times, 10, nav, List.of(nav), List.of(nav), List.of(nav), null);
        double[] steps = {1, 2};
        WaterfallSeries w = new WaterfallSeries(steps, new double[2], new double[2], new double[][] {new double[2]},
                new double[2], new double[2], new double[2], new double[2], new double[] {1.5, 2.5}, new double[2],
                new double[2], new double[1], new double[1]);
        TrancheMetrics m = new TrancheMetrics("senior", 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, "A");
        return new SimulationResult("s", "base", 10, 2, 2.0, 1, List.of(m), new PoolMetrics(100, 0, 0, 0, 0, 100,
                100, 100, 100), w, fans, List.of(new double[10]), 1);
    }

    @Test
    void withoutLoansItDrawsTheNavAndLossesOverTheWholeHorizonWithNoLiquidationLine() {
        CollateralHealthChart chart = new CollateralHealthChart();
        chart.show(creditPool());
        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.chart().getPlot();
        XYPlot upper = (XYPlot) combined.getSubplots().get(0);
        XYPlot lower = (XYPlot) combined.getSubplots().get(1);
        assertNotNull(upper.getDataset(), "something to see, not an empty plot");
        assertEquals(99.0, upper.getDataset().getYValue(1, 1), 1e-12, "the NAV median");
        assertTrue(upper.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
                || upper.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty(), "no liquidation line");
        assertEquals(2.5, lower.getDataset().getYValue(0, 1), 1e-12, "mean losses per step");
        assertEquals(2.0, combined.getDomainAxis().getUpperBound(), 1e-12, "the deal's two years");
    }
}

package io.tranchelab.chart;

import io.tranchelab.sim.Fan;
import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.sim.WaterfallSeries;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tranche fan shows total value per initial principal, and principal outstanding apart. */
class TrancheFanChartTest {

    private static Fan flat(double... values) {
        return new Fan(values, values, values, values, values);
    }

    /** A senior of 100 paid down to 20 by a turbo, whose total value (mark + cash) stays at 100. */
    private static SimulationResult turboPaidSenior() {
        double[] times = {0, 0.5, 1};
        FanSeries fans = new FanSeries(times, 1, flat(100, 100, 100), List.of(flat(100, 100, 101)),
                List.of(flat(0, 0, 0)), List.of(flat(100, 20, 20)), null);
        TrancheMetrics senior = new TrancheMetrics("senior", 100, 0, 0, 0, 0, 0.01, 0.01, 0.01, 0.01, 0, 0, 0, 0,
                0, 0, 0.5, "AAA");
        double[] steps = {0.5, 1};
        double[][] coupons = {new double[2]};
        WaterfallSeries waterfall = new WaterfallSeries(steps, new double[2], new double[2], coupons, new double[2],
                new double[2], new double[2], new double[2], new double[2], new double[2], new double[2],
                new double[1], new double[1]);
        return new SimulationResult("s", "base", 1, 2, 1, 1, List.of(senior), new PoolMetrics(100, 0, 0, 0, 0, 100,
                100, 100, 100), waterfall, fans, List.of(new double[] {0}), 1);
    }

    @Test
    void paydownKeepsTheFanAtFullValueAndDrawsOutstandingPrincipalApart() {
        TrancheFanChart chart = new TrancheFanChart();
        chart.show(turboPaidSenior(), 0);
        XYDataset value = chart.valuePlot().getDataset(0);
        // series 1 is the 25-75 band whose y is the median
        assertEquals(1.0, value.getYValue(1, 1), 1e-12, "total value / principal after the paydown");
        XYDataset outstanding = chart.valuePlot().getDataset(TrancheFanChart.OUTSTANDING_DATASET);
        assertEquals(TrancheFanChart.OUTSTANDING, outstanding.getSeriesKey(0));
        assertEquals(0.2, outstanding.getYValue(0, 1), 1e-12, "principal outstanding / principal");
        assertTrue(chart.chart().getTitle().getText().contains("total value"), chart.chart().getTitle().getText());
        assertEquals("value", chart.valuePlot().getRangeAxis().getLabel());
    }
}

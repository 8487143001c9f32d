package io.tranchelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.sim.HedgeOutcomes;

import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The hedge P&L chart's data: one dot per path, band means, rallies beyond a doubling left out. */
class HedgePnlChartTest {

    /**
     * Four paths, V0 = 100: falls 0.5, 0.5, 0 and -3 (the price quadrupled). Hedge P&L = payoff -
     * premium: 20 - 5, 10 - 5, 0 - 5, 0 - 5. The fourth is off the chart; the others give dots
     * (0.5, 0.15), (0.5, 0.05), (0, -0.05); the bands span 0 to 0.5, so the two falls of 0.5 share
     * the last band (mean 0.10) and the fall of 0 is the first (mean -0.05).
     */
    @Test
    void dotsAreEachPathsPnlOverTheInitialValueAndTheLineIsTheMeanPerBand() {
        HedgeOutcomes o = new HedgeOutcomes("ETH", 100, new double[] {5, 5, 5, 5}, new double[] {20, 10, 0, 0},
                new double[4], new double[4], new double[4], new double[4], new double[4],
                new double[] {0.5, 0.5, 0, -3});
        XYSeriesCollection data = HedgePnlChart.dataset(o);
        assertEquals(3, data.getSeries(0).getItemCount());
        assertEquals(0.15, data.getSeries(0).getY(0).doubleValue(), 1e-12);
        assertEquals(0.05, data.getSeries(0).getY(1).doubleValue(), 1e-12);
        assertEquals(-0.05, data.getSeries(0).getY(2).doubleValue(), 1e-12);
        assertEquals(2, data.getSeries(1).getItemCount());
        assertEquals(0.0, data.getSeries(1).getX(0).doubleValue(), 1e-12);
        assertEquals(-0.05, data.getSeries(1).getY(0).doubleValue(), 1e-12);
        assertEquals(0.5, data.getSeries(1).getX(1).doubleValue(), 1e-12);
        assertEquals(0.10, data.getSeries(1).getY(1).doubleValue(), 1e-12);
    }

    @Test
    void theTitleCountsThePathsLeftOut() {
        HedgeOutcomes o = new HedgeOutcomes("ETH", 100, new double[2], new double[2], new double[2], new double[2],
                new double[2], new double[2], new double[2], new double[] {0.2, -1.5});
        HedgePnlChart chart = new HedgePnlChart();
        chart.show(o);
        String title = chart.chart().getTitle().getText();
        assertTrue(title.contains("2 paths") && title.contains("1 where it more than doubled"), title);
        assertTrue(!title.contains("dots"), "every path shown is a dot: " + title);
    }

    /** 5,003 paths: 3 rallies beyond a doubling are left out, the first 5,000 of the other 5,000 are dots. */
    @Test
    void theTitleSaysWhenTheDotsAreASampleOfThePaths() {
        int n = HedgePnlChart.MAX_DOTS + 3;
        double[] fall = new double[n];
        fall[0] = -2;
        fall[1] = -2;
        fall[2] = -2;
        HedgeOutcomes all = new HedgeOutcomes("ETH", 100, new double[n], new double[n], new double[n], new double[n],
                new double[n], new double[n], new double[n], fall);
        HedgePnlChart chart = new HedgePnlChart();
        chart.show(all);
        assertEquals("Hedge P&L against the fall of ETH (5,003 paths; 3 where it more than doubled not shown)",
                chart.chart().getTitle().getText(), "5,000 on the chart: all of them are dots");
        double[] more = new double[n + 1];
        HedgeOutcomes sampled = new HedgeOutcomes("ETH", 100, more, more, more, more, more, more, more, more);
        chart.show(sampled);
        assertEquals("Hedge P&L against the fall of ETH (5,004 paths; dots: the first 5,000)",
                chart.chart().getTitle().getText());
    }
}

package io.tranchelab.chart;

import io.tranchelab.sim.Fan;
import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.sim.WaterfallSeries;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loss histograms as small multiples share their axes; marker labels stay inside the plot. */
class LossHistogramChartTest {

    /** 100 paths: {@code losing} of them lose {@code loss}, the rest nothing. */
    private static SimulationResult result(String scenario, int losing, double loss) {
        double[] losses = new double[100];
        Arrays.fill(losses, 0, losing, loss);
        double el = losing * loss / 100;
        TrancheMetrics m = new TrancheMetrics("senior", 100, el, 0, losing / 100.0, loss, 0, 0, 0, 0,
                loss, loss, loss, loss, 0, 0, 1, "A");
        Fan flat = new Fan(new double[] {1, 1}, new double[] {1, 1}, new double[] {1, 1}, new double[] {1, 1},
                new double[] {1, 1});
        FanSeries fans = new FanSeries(new double[] {0, 1}, 100, flat, List.of(flat), List.of(flat), List.of(flat),
                null);
        WaterfallSeries w = new WaterfallSeries(new double[] {1}, new double[1], new double[1],
                new double[][] {new double[1]}, new double[1], new double[1], new double[1], new double[1],
                new double[1], new double[1], new double[1], new double[1], new double[1]);
        return new SimulationResult("s", scenario, 100, 1, 1, 1, List.of(m), new PoolMetrics(100, 0, 0, 0, 0, 100,
                100, 100, 100), w, fans, List.of(losses), 1);
    }

    private static XYPlot plot(LossHistogramChart chart) {
        return (XYPlot) chart.chart().getPlot();
    }

    @Test
    void smallMultiplesShareTheirLossAndFrequencyAxes() {
        List<LossHistogramChart> charts = LossHistogramChart.sharedAxes(
                List.of(result("base", 5, 0.3), result("crash", 60, 1.0)), 0);
        Range x0 = plot(charts.get(0)).getDomainAxis().getRange();
        Range y0 = plot(charts.get(0)).getRangeAxis().getRange();
        assertEquals(x0, plot(charts.get(1)).getDomainAxis().getRange());
        assertEquals(y0, plot(charts.get(1)).getRangeAxis().getRange());
        assertTrue(x0.getUpperBound() >= 1.0, "the worst loss of any scenario fits: " + x0);
        assertTrue(y0.getUpperBound() >= 0.6, "the highest bar of any scenario fits: " + y0);
    }

    @Test
    void aMarkerNearTheRightEdgeWritesItsLabelToTheLeftOfItsLine() {
        LossHistogramChart chart = new LossHistogramChart();
        chart.show(result("crash", 60, 1.0), 0);
        for (Object o : plot(chart).getDomainMarkers(Layer.FOREGROUND)) {
            ValueMarker marker = (ValueMarker) o;
            assertEquals(TextAnchor.TOP_RIGHT, marker.getLabelTextAnchor(), marker.getLabel());
        }
    }

    /** The base case of a crash comparison often loses nothing: it has no markers, and that is no failure. */
    @Test
    void aScenarioWhereNoPathLosesSharesTheAxesWithoutMarkers() {
        List<LossHistogramChart> charts = LossHistogramChart.sharedAxes(
                List.of(result("base", 0, 0), result("crash", 60, 1.0)), 0);
        assertEquals(2, charts.size());
        assertEquals(null, plot(charts.get(0)).getDomainMarkers(Layer.FOREGROUND), "nothing to mark");
        assertEquals(plot(charts.get(1)).getDomainAxis().getRange(), plot(charts.get(0)).getDomainAxis().getRange());
    }
}

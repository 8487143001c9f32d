package io.tranchelab.chart;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Neighbouring axis ticks never read the same ("0% 0% 0%", "$1 $1 $1"), whatever the range. */
class AxisTicksTest {

    @ParameterizedTest(name = "{0} axis from {1} to {2}")
    @CsvSource({
            "percent, 0, 0.003",
            "percent, -0.0004, 0",
            "percent, 0.98, 1.02",
            "percent, 0, 1",
            "money, 0.9, 1.3",
            "money, 12300000, 12450000",
            "money, -50000, 250000",
            "money, 0, 3000000000"})
    void ticksAreDistinct(String kind, double lower, double upper) {
        NumberAxis axis = kind.equals("percent") ? ChartStyle.percentAxis("x") : ChartStyle.moneyAxis("x");
        axis.setRange(lower, upper);
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        List<?> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(40, 0, 260, 400),
                RectangleEdge.LEFT);
        g2.dispose();
        Set<String> labels = new HashSet<>();
        for (Object tick : ticks) {
            labels.add(((NumberTick) tick).getText());
        }
        assertTrue(ticks.size() >= 2, "ticks " + ticks.size());
        assertEquals(ticks.size(), labels.size(), "repeated tick labels: " + labels);
    }

    /** A senior that never draws down: the drawdown plot's data are all zero (the cross-chain vault's). */
    @org.junit.jupiter.api.Test
    void aFlatSeriesAtZeroGetsReadableDistinctTicks() {
        NumberAxis axis = ChartStyle.percentAxis("drawdown");
        org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(flatAtZero(), new NumberAxis("t"), axis,
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer());
        axis.configure();
        assertTrue(axis.getRange().getLength() >= 1e-4, "range " + axis.getRange());
        Set<String> labels = new HashSet<>();
        List<?> ticks = ticks(axis);
        for (Object tick : ticks) {
            String text = ((NumberTick) tick).getText();
            assertTrue(!text.startsWith("-0") || text.matches("-0\\.0*[1-9].*"), "negative zero: " + text);
            labels.add(text);
        }
        assertTrue(labels.contains("0%") || labels.stream().anyMatch(l -> l.matches("0\\.0+%")), "no zero tick: " + labels);
        assertEquals(ticks.size(), labels.size(), "repeated tick labels: " + labels);
        assertTrue(plot.getRangeAxis() == axis);
    }

    private static org.jfree.data.xy.XYSeriesCollection flatAtZero() {
        org.jfree.data.xy.XYSeries series = new org.jfree.data.xy.XYSeries("dd");
        for (int i = 0; i <= 10; i++) {
            series.add(i / 10.0, i % 2 == 0 ? 0.0 : -0.0);
        }
        return new org.jfree.data.xy.XYSeriesCollection(series);
    }

    private static List<?> ticks(NumberAxis axis) {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        List<?> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(40, 0, 260, 400),
                RectangleEdge.LEFT);
        g2.dispose();
        return ticks;
    }
}

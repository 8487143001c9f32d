package io.tranchelab.chart;

import io.tranchelab.design.MetricUnit;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map draws the computed cells in the legend's colours and the others as pending, never as a value. */
class AlignmentMapChartTest {

    private static final ChartQuantity EL = new ChartQuantity("Senior EL", MetricUnit.FRACTION);
    private static final ChartQuantity VOL = new ChartQuantity("ETH volatility", MetricUnit.FRACTION);
    private static final ChartQuantity CAPACITY = new ChartQuantity("liquidation capacity", MetricUnit.USD);
    private static final double N = Double.NaN;

    /** 3 x 2: volatility 0.4, 0.6, 0.8 across, capacity $5M and $10M up; (0.8, $10M) and (0.4, $5M) pending. */
    private static AlignmentMapChart.Picture picture() {
        return new AlignmentMapChart.Picture("Senior EL over ETH volatility x liquidation capacity",
                "ETH lending book \u00b7 scenario base \u00b7 2,000 paths \u00b7 seed 7", EL, VOL,
                CAPACITY, new double[] {0.4, 0.6, 0.8}, new double[] {5e6, 10e6},
                new double[][] {{N, 0.02, 0.05}, {0.0, 0.01, N}}, 0.6, 10e6, 0.015, "EL at most 1.50 %",
                List.of(new AlignmentMapChart.Segment(0.5, 5e6, 0.7, 10e6)));
    }

    @Test
    void theValueCellsAreExactlyTheComputedPointsWithTheirValues() {
        AlignmentMapChart chart = new AlignmentMapChart();
        chart.show(picture());
        XYZDataset values = (XYZDataset) chart.plot().getDataset(AlignmentMapChart.VALUES);
        assertEquals(4, values.getItemCount(0));
        double[][] expected = {{0.6, 5e6, 0.02}, {0.8, 5e6, 0.05}, {0.4, 10e6, 0.0}, {0.6, 10e6, 0.01}};
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k][0], values.getXValue(0, k), 0);
            assertEquals(expected[k][1], values.getYValue(0, k), 0);
            assertEquals(expected[k][2], values.getZValue(0, k), 0);
        }
    }

    @Test
    void theCellsNotComputedYetArePendingNotZero() {
        AlignmentMapChart chart = new AlignmentMapChart();
        chart.show(picture());
        XYZDataset pending = (XYZDataset) chart.plot().getDataset(AlignmentMapChart.PENDING);
        assertEquals(2, pending.getItemCount(0));
        assertEquals(0.4, pending.getXValue(0, 0), 0);
        assertEquals(5e6, pending.getYValue(0, 0), 0);
        assertEquals(0.8, pending.getXValue(0, 1), 0);
        assertEquals(10e6, pending.getYValue(0, 1), 0);
    }

    /**
     * Drawn, a pending cell shows the grey hatching, while the computed cell of value 0 (the
     * scale's lowest) shows the scale's pale yellow: the two never look alike.
     */
    @Test
    void aPendingCellIsPaintedGreyHatchedAndAZeroCellInTheScalesLowestColour() {
        AlignmentMapChart chart = new AlignmentMapChart();
        chart.show(picture());
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.chart().createBufferedImage(600, 400, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        Color pending = pixel(chart, image, area, 0.4, 5e6 + 1.5e6); // off the centre, away from the marker
        Color zero = pixel(chart, image, area, 0.4, 10e6 + 1.5e6);
        assertTrue(isGrey(pending), "pending cell: " + pending);
        assertEquals(new Color(0xff, 0xff, 0xcc), zero, "zero is the scale's lowest colour");
        assertNotEquals(pending, zero);
    }

    private static Color pixel(AlignmentMapChart chart, BufferedImage image, Rectangle2D area, double x, double y) {
        int px = (int) chart.plot().getDomainAxis().valueToJava2D(x, area, RectangleEdge.BOTTOM);
        int py = (int) chart.plot().getRangeAxis().valueToJava2D(y, area, RectangleEdge.LEFT);
        return new Color(image.getRGB(px, py));
    }

    private static boolean isGrey(Color c) {
        return c.getRed() == c.getGreen() && c.getGreen() == c.getBlue() && c.getRed() >= 0xa0 && c.getRed() <= 0xee;
    }

    @Test
    void axesAndLegendNameTheParametersAndTheMetricWithTheirUnits() {
        AlignmentMapChart chart = new AlignmentMapChart();
        chart.show(picture());
        assertEquals("ETH volatility (%)", chart.plot().getDomainAxis().getLabel());
        assertEquals("liquidation capacity (USD)", chart.plot().getRangeAxis().getLabel());
        PaintScaleLegend legend = java.util.stream.IntStream.range(0, chart.chart().getSubtitleCount())
                .mapToObj(chart.chart()::getSubtitle).filter(PaintScaleLegend.class::isInstance)
                .map(PaintScaleLegend.class::cast).findFirst().orElseThrow();
        assertEquals("Senior EL (%)", legend.getAxis().getLabel());
        assertEquals("Senior EL over ETH volatility x liquidation capacity", chart.chart().getTitle().getText());
        assertEquals("ETH lending book \u00b7 scenario base \u00b7 2,000 paths \u00b7 seed 7",
                ChartCaption.of(chart.chart()));
    }

    @Test
    void theScaleSpansTheComputedValuesAndTheTarget() {
        HeatScale scale = AlignmentMapChart.scale(picture());
        assertEquals(0.0, scale.getLowerBound(), 0);
        assertEquals(0.05, scale.getUpperBound(), 0);
        HeatScale above = AlignmentMapChart.scale(new AlignmentMapChart.Picture("t", "", EL, VOL,
                CAPACITY, new double[] {0.4}, new double[] {5e6}, new double[][] {{0.01}}, N, N, 0.03, "", List.of()));
        assertEquals(0.03, above.getUpperBound(), 0, "the target is on the legend even above every value");
    }

    @Test
    void showingAgainReplacesTheCaptionAndTheLegendsInsteadOfAddingMore() {
        AlignmentMapChart chart = new AlignmentMapChart();
        chart.show(picture());
        int subtitles = chart.chart().getSubtitleCount();
        chart.show(picture());
        assertEquals(subtitles, chart.chart().getSubtitleCount());
    }

    @Test
    void theContourIsDrawnAsLinesInParameterUnits() {
        AlignmentMapChart chart = new AlignmentMapChart();
        chart.show(picture());
        XYLineAnnotation line = chart.plot().getAnnotations().stream().filter(XYLineAnnotation.class::isInstance)
                .map(XYLineAnnotation.class::cast).findFirst().orElseThrow();
        assertEquals(0.5, line.getX1(), 0);
        assertEquals(10e6, line.getY2(), 0);
    }

    @Test
    void theScaleGoesFromPaleYellowToDarkRedAndHasNoColourForNaN() {
        HeatScale scale = new HeatScale(0, 1);
        assertEquals(new Color(0xff, 0xff, 0xcc), scale.getPaint(-5));
        assertEquals(new Color(0x80, 0x00, 0x26), scale.getPaint(1));
        assertEquals(new Color(0xfd, 0x8d, 0x3c), scale.getPaint(0.5));
        assertNull(scale.getPaint(Double.NaN));
    }

    @Test
    void cellsAreAsWideAsTheGridsSpacing() {
        assertEquals(0.2, AlignmentMapChart.spacing(new double[] {0.4, 0.6, 0.8}), 1e-15);
        assertEquals(1, AlignmentMapChart.spacing(new double[] {3}), 0);
    }
}

package io.tranchelab.chart;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No two range-axis labels of a stacked chart run into each other, and none runs past its chart,
 * at the sizes the workbench shows a chart: a cell of the 2 x 2 grid at 1366 x 768 (about
 * 440 x 210), a tab at 1024 x 700 (600 x 330) and a grid cell at 2560 x 1440 (900 x 560). A
 * rotated label is centred on its plot's data area; its length is its text's width. A label
 * too long for a small chart gives way to its short form or to none; a big chart shows all.
 */
class AxisLabelCollisionTest {

    private static final int[][] SIZES = {{440, 210}, {600, 330}, {900, 560}};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eth-lending-book.json", "credit-pool-reputation.json", "staking-steth-note.json",
            "lp-fee-pool.json"})
    void stackedChartsKeepTheirAxisLabelsApart(String file) throws Exception {
        Structure structure = StructureJson.read(Path.of("samples", file));
        SimulationResult result = Simulator.run(structure, RunSettings.of(structure).withPaths(100).withThreads(1));
        List<JFreeChart> charts = new ArrayList<>();
        charts.add(new CollateralPanel().show(result));
        TrancheFanChart fan = new TrancheFanChart();
        fan.show(result, result.tranches().size() - 1);
        charts.add(fan.chart());
        for (JFreeChart chart : charts) {
            for (int[] size : SIZES) {
                assertLabelsApart(chart, size[0], size[1]);
            }
        }
    }

    private static void assertLabelsApart(JFreeChart chart, int width, int height) {
        if (!(chart.getPlot() instanceof CombinedDomainXYPlot combined)) {
            return;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        List<XYPlot> subplots = combined.getSubplots();
        double previousEnd = 0;
        for (int i = 0; i < subplots.size(); i++) {
            ValueAxis axis = subplots.get(i).getRangeAxis();
            assertTrue(axis instanceof FittingLabelAxis, axis.getLabel() + ": a stacked plot's axis fits its label");
            String drawn = ((FittingLabelAxis) axis).drawnLabel();
            if (width >= 900) {
                assertEquals(axis.getLabel(), drawn, "a big chart shows every label whole");
            }
            if (drawn == null) {
                continue;
            }
            Rectangle2D area = plotInfo.getSubplotInfo(i).getDataArea();
            FontMetrics metrics = g.getFontMetrics(axis.getLabelFont());
            double length = metrics.stringWidth(drawn);
            double start = area.getCenterY() - length / 2;
            double end = area.getCenterY() + length / 2;
            String where = chart.getTitle().getText() + " at " + width + " x " + height + ": \"" + drawn + "\"";
            assertTrue(start >= previousEnd, where + " runs into the label above it (" + Math.round(start) + " < "
                    + Math.round(previousEnd) + ")");
            assertTrue(end <= height, where + " runs past the chart");
            previousEnd = end;
        }
        g.dispose();
    }
}

package io.tranchelab.chart;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityFreeChartTest {

    /** An area chart like the liquidations panel's, with zeros, spikes and a legend. */
    private static JFreeChart areaChart(Function<XYPlot, JFreeChart> make) {
        SplittableRandom random = new SplittableRandom(13);
        XYSeries liquidated = new XYSeries("liquidated", false, false);
        XYSeries bad = new XYSeries("bad debt", false, false);
        for (int i = 0; i < 365; i++) {
            double spike = random.nextDouble() < 0.1 ? random.nextDouble() * 1e6 : 0;
            liquidated.add(i / 365.0, spike);
            bad.add(i / 365.0, spike * random.nextDouble() * 0.1);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(liquidated);
        data.addSeries(bad);
        XYPlot plot = new XYPlot(data, new NumberAxis("years"), new NumberAxis("per step"),
                new XYAreaRenderer(XYAreaRenderer.AREA));
        return ChartStyle.apply(make.apply(plot), "Liquidations");
    }

    private static int[] pixels(JFreeChart chart, ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage(500, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 500, 300), null, info);
        g2.dispose();
        return image.getRGB(0, 0, 500, 300, null, 0, 500);
    }

    @Test
    void drawsTheSamePixelsAsAChartThatRecordsItsHitAreas() {
        ChartRenderingInfo plainInfo = new ChartRenderingInfo();
        ChartRenderingInfo freeInfo = new ChartRenderingInfo();

        int[] plain = pixels(areaChart(JFreeChart::new), plainInfo);
        int[] free = pixels(areaChart(EntityFreeChart::new), freeInfo);

        assertArrayEquals(plain, free);
        assertTrue(plainInfo.getEntityCollection().getEntityCount() > 30, "the plain chart records hit areas");
        assertEquals(plainInfo.getPlotInfo().getDataArea(), freeInfo.getPlotInfo().getDataArea(),
                "panning and zooming still find the data area");
    }

    @Test
    void leavesAnEmptyHitAreaCollectionForTheViewersMouseHandlers() {
        ChartRenderingInfo info = new ChartRenderingInfo();

        pixels(areaChart(EntityFreeChart::new), info);

        assertNotNull(info.getEntityCollection(), "the viewer's mouse dispatch reads it without a null check");
        assertEquals(0, info.getEntityCollection().getEntityCount());
        assertEquals(null, info.getEntityCollection().getEntity(100, 100));
    }

    @Test
    void drawsWithoutRenderingInfoToo() {
        assertEquals(500 * 300, pixels(areaChart(EntityFreeChart::new), null).length);
    }
}

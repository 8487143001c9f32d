package io.tranchelab.chart;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.plot.Plot;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart drawn without the hit areas ("entities") JFreeChart records for tooltips and chart
 * clicks. The workbench sets no tooltip generators and listens to no chart clicks, so nothing
 * reads them, but they cost: the area renderer intersects an AWT {@code Area} with the plot for
 * every point it draws, about a quarter of the UI thread's time for each run the workbench
 * showed (docs/performance.md). The collection is switched off while drawing and an empty one
 * is put back after, because the chart viewer's mouse dispatch reads it without a null check.
 */
public class EntityFreeChart extends JFreeChart {

    private static final long serialVersionUID = 1L;

    public EntityFreeChart(Plot plot) {
        super(plot);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D chartArea, Point2D anchor, ChartRenderingInfo info) {
        if (info != null) {
            info.setEntityCollection(null);
        }
        try {
            super.draw(g2, chartArea, anchor, info);
        } finally {
            if (info != null) {
                info.setEntityCollection(new StandardEntityCollection());
            }
        }
    }
}

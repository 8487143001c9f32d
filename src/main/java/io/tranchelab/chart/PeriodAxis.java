package io.tranchelab.chart;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The waterfall's period axis: labels only every k-th period, k chosen at each drawing from
 * the width each period has, so "1m2m3m4m" never runs together in a narrow window and every
 * label shows in a wide one.
 */
final class PeriodAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;
    private static final Color HIDDEN = new Color(0, 0, 0, 0);

    private List<String> labels = List.of();
    private int every = 1;

    void setLabels(List<String> value) {
        labels = List.copyOf(value);
    }

    int labelEvery() {
        return every;
    }

    /** How many periods a label needs at this width (its widest label plus a gap). */
    void fitTo(double dataWidth, Graphics2D g2) {
        if (labels.isEmpty() || dataWidth <= 0) {
            every = 1;
            return;
        }
        java.awt.FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, metrics.stringWidth(label));
        }
        double perPeriod = dataWidth / labels.size();
        every = Math.max(1, (int) Math.ceil((widest + 0.6 * getTickLabelFont().getSize2D()) / perPeriod));
    }

    @Override
    public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
                          RectangleEdge edge, PlotRenderingInfo plotState) {
        fitTo(dataArea.getWidth(), g2);
        return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
    }

    @Override
    public Paint getTickLabelPaint(Comparable category) {
        int index = labels.indexOf(String.valueOf(category));
        if (index >= 0 && every > 1 && (labels.size() - 1 - index) % every != 0) {
            return HIDDEN; // counted from the last period, so the horizon is always labelled
        }
        return super.getTickLabelPaint(category);
    }
}

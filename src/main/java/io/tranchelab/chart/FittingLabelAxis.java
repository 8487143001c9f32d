package io.tranchelab.chart;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A number axis whose label, along a vertical axis, never runs past its plot's data area: in a
 * stacked chart drawn small, a label longer than its plot is tall ran into the label of the plot
 * above. Then the short label is drawn if it fits, else none (the chart's title and legend still
 * say what is plotted).
 */
public class FittingLabelAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private final String shortLabel;
    private transient String drawnLabel;

    /** @param shortLabel drawn when the label does not fit; null: nothing then */
    public FittingLabelAxis(String label, String shortLabel) {
        super(label);
        this.shortLabel = shortLabel;
    }

    /** The label the last drawing showed: the label, the short one, or null. */
    public String drawnLabel() {
        return drawnLabel;
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        String shown = label;
        if (label != null && !label.isEmpty() && RectangleEdge.isLeftOrRight(edge)) {
            shown = fits(label, g2, dataArea) ? label
                    : shortLabel != null && fits(shortLabel, g2, dataArea) ? shortLabel : null;
        }
        drawnLabel = shown;
        return shown == null ? state : super.drawLabel(shown, g2, plotArea, dataArea, edge, state);
    }

    private boolean fits(String text, Graphics2D g2, Rectangle2D dataArea) {
        return g2.getFontMetrics(getLabelFont()).stringWidth(text) <= dataArea.getHeight();
    }
}

package io.tranchelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.Font;

/**
 * A line under a chart's title saying what the chart was computed from (structure, scenario,
 * paths, seed), so an exported picture still says it when it is pasted elsewhere.
 */
final class ChartCaption {

    /** The caption's subtitle is found again by this id, so a new caption replaces the old one. */
    private static final String ID = "caption";

    private ChartCaption() {
    }

    static void set(JFreeChart chart, String caption) {
        for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
            if (chart.getSubtitle(i) instanceof TextTitle text && ID.equals(text.getID())) {
                chart.removeSubtitle(text);
            }
        }
        if (caption == null || caption.isBlank()) {
            return;
        }
        TextTitle line = new TextTitle(caption, new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        line.setID(ID);
        line.setPaint(ChartStyle.TEXT);
        line.setPosition(RectangleEdge.TOP);
        line.setHorizontalAlignment(HorizontalAlignment.CENTER);
        line.setPadding(new RectangleInsets(0, 4, 4, 4));
        chart.addSubtitle(0, line);
    }

    /** The caption's text, or null when the chart has none. */
    static String of(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle text && ID.equals(text.getID())) {
                return text.getText();
            }
        }
        return null;
    }
}

package io.tranchelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Font;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Scales every font of a chart (titles, legend, axis labels and ticks), for big screens and for
 * slides read from across a room: enlarged fonts stay sharp where an enlarged bitmap would blur.
 */
public final class ChartFonts {

    /**
     * Where a view that shows charts keeps the factor its charts were enlarged by (a Float), so a
     * chart it swaps in later gets the same.
     */
    public static final String SCALE_KEY = "tranchelab.chartFontScale";

    private ChartFonts() {
    }

    public static JFreeChart enlarge(JFreeChart chart, float factor) {
        chart.setNotify(false);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scaled(chart.getTitle().getFont(), factor));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            title(chart.getSubtitle(i), factor);
        }
        plot(chart.getPlot(), factor, Collections.newSetFromMap(new IdentityHashMap<>()));
        chart.setNotify(true);
        return chart;
    }

    private static void title(Title title, float factor) {
        if (title instanceof LegendTitle legend) {
            legend.setItemFont(scaled(legend.getItemFont(), factor));
        } else if (title instanceof TextTitle text) {
            text.setFont(scaled(text.getFont(), factor));
        }
    }

    /** {@code done}: axes already scaled (a combined plot's subplots share its domain axis). */
    private static void plot(Plot plot, float factor, Set<Axis> done) {
        plot.setNoDataMessageFont(scaled(plot.getNoDataMessageFont(), factor));
        if (plot instanceof CombinedDomainXYPlot combined) {
            axis(combined.getDomainAxis(), factor, done);
            combined.getSubplots().forEach(sub -> plot(sub, factor, done));
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), factor, done);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), factor, done);
            }
            markers(xy.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND), factor);
            markers(xy.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND), factor);
        } else if (plot instanceof CategoryPlot category) {
            axis(category.getDomainAxis(), factor, done);
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                axis(category.getRangeAxis(i), factor, done);
            }
        }
    }

    /** Marker labels and the rows they are stacked in (their top offset) grow with the text. */
    private static void markers(java.util.Collection<?> markers, float factor) {
        if (markers == null) {
            return;
        }
        for (Object o : markers) {
            org.jfree.chart.plot.Marker marker = (org.jfree.chart.plot.Marker) o;
            marker.setLabelFont(scaled(marker.getLabelFont(), factor));
            org.jfree.chart.ui.RectangleInsets in = marker.getLabelOffset();
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(in.getTop() * factor, in.getLeft(),
                    in.getBottom(), in.getRight()));
        }
    }

    private static void axis(Axis axis, float factor, Set<Axis> done) {
        if (axis == null || !done.add(axis)) {
            return;
        }
        axis.setLabelFont(scaled(axis.getLabelFont(), factor));
        axis.setTickLabelFont(scaled(axis.getTickLabelFont(), factor));
    }

    private static Font scaled(Font font, float factor) {
        return font == null ? null : font.deriveFont(font.getSize2D() * factor);
    }
}

package io.tranchelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/** One look for every chart: the theme's fonts, white plots with light grid lines, axis formats. */
public final class ChartStyle {

    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TEXT = new Color(0x24, 0x29, 0x2F);
    private static final String FONT = Font.SANS_SERIF;

    private ChartStyle() {
    }

    public static JFreeChart apply(JFreeChart chart, String title) {
        StandardChartTheme theme = new StandardChartTheme("TrancheLab");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 14));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 12));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 11));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        theme.apply(chart);
        chart.setTitle(new TextTitle(title, new Font(FONT, Font.BOLD, 13)));
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        chart.setAntiAlias(true);
        outline(chart.getPlot());
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 10));
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** A chart of two plots over one time axis, the upper taking three fifths of the height. */
    public static JFreeChart stacked(XYPlot upper, XYPlot lower, String title) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(yearsAxis());
        combined.setGap(6);
        combined.add(upper, 3);
        combined.add(lower, 2);
        JFreeChart chart = apply(new EntityFreeChart(combined), title);
        outline(upper);
        outline(lower);
        return chart;
    }

    public static void outline(Plot plot) {
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("Computing...");
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 12));
    }

    /** The narrowest range a percent axis autoscales to: 0.01 percentage point. */
    static final double PERCENT_AXIS_MINIMUM_RANGE = 1e-4;

    public static NumberAxis percentAxis(String label) {
        return percentAxis(label, null);
    }

    /** @param shortLabel what a vertical axis says when its plot is too short for the label */
    public static NumberAxis percentAxis(String label, String shortLabel) {
        NumberAxis axis = new FittingLabelAxis(label, shortLabel);
        axis.setStandardTickUnits(AdaptiveTickUnits.PERCENT);
        axis.setAutoRangeIncludesZero(false);
        // a flat series (a senior that never draws down) would get JFreeChart's range of 1e-8,
        // ticks a millionth of a percent apart that read "0% 0% -0%"; a hundredth of a point is
        // the finest range a percent axis shows
        axis.setAutoRangeMinimumSize(PERCENT_AXIS_MINIMUM_RANGE);
        return axis;
    }

    public static NumberAxis moneyAxis(String label) {
        return moneyAxis(label, null);
    }

    /** @param shortLabel what a vertical axis says when its plot is too short for the label */
    public static NumberAxis moneyAxis(String label, String shortLabel) {
        NumberAxis axis = new FittingLabelAxis(label, shortLabel);
        axis.setStandardTickUnits(AdaptiveTickUnits.MONEY);
        return axis;
    }

    public static NumberAxis yearsAxis() {
        NumberAxis axis = new NumberAxis("years");
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    public static BasicStroke line(float width) {
        return new BasicStroke(width);
    }
}

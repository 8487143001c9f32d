package io.tranchelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sensitivity (tornado) chart: one row per parameter, largest effect on top, each row a bar
 * from the base value to the metric with the parameter lowered and one to the metric with it
 * raised, in two colours, so the direction of each effect reads at a glance. The row label
 * names the parameter and the two inputs it was bumped to; the value axis names the metric and
 * its unit; a line marks the base value. Bars start at the base, not at zero: a tornado shows
 * changes.
 */
public final class TornadoChart {

    /** The colour of the bar with the input lowered. */
    static final Color LOWERED = ChartColors.awt("#2f6fb3");
    /** The colour of the bar with the input raised. */
    static final Color RAISED = ChartColors.awt("#e8963a");
    static final int LOWERED_SERIES = 0;
    static final int RAISED_SERIES = 1;

    /**
     * One parameter's row.
     *
     * @param label      the parameter ("ETH volatility")
     * @param lowInput   the lowered input as written in the parameter's unit ("54 %")
     * @param highInput  the raised input ("66 %")
     * @param lowValue   the metric with the input lowered
     * @param highValue  the metric with the input raised
     */
    public record Bar(String label, String lowInput, String highInput, double lowValue, double highValue) {
    }

    /**
     * What one tornado shows.
     *
     * @param title   names the metric and the bump ("Senior EL: sensitivity to ±10 % bumps")
     * @param caption names the structure, scenario, paths and seed, under the title
     * @param metric the metric and its unit (the value axis)
     * @param base   the metric of the structure as it is
     * @param bump   how the inputs were bumped, for the legend ("±10 %")
     * @param bars   ranked, largest effect first
     */
    public record Picture(String title, String caption, ChartQuantity metric, double base, String bump, List<Bar> bars) {
        public Picture {
            bars = List.copyOf(bars);
        }
    }

    private final IntervalBarRenderer renderer = new IntervalBarRenderer();
    private final CategoryPlot plot;
    private final JFreeChart chart;

    public TornadoChart() {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.0);
        CategoryAxis rows = new CategoryAxis(null);
        rows.setMaximumCategoryLabelWidthRatio(0.42f);
        rows.setMaximumCategoryLabelLines(2);
        rows.setCategoryMargin(0.25);
        plot = new CategoryPlot(null, rows, new NumberAxis(), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT); // below the bars, as in a print
        chart = ChartStyle.apply(new EntityFreeChart(plot), "Sensitivity");
        plot.getRangeAxis().setVisible(false); // no axis until there are bars: a 0 to 1 scale reads as a result
        // after the theme, which hands out its own series colours
        renderer.setSeriesPaint(LOWERED_SERIES, LOWERED);
        renderer.setSeriesPaint(RAISED_SERIES, RAISED);
    }

    public JFreeChart chart() {
        return chart;
    }

    CategoryPlot plot() {
        return plot;
    }

    public void show(Picture picture) {
        chart.setNotify(false);
        NumberAxis values = picture.metric().axis();
        plot.setRangeAxis(values);
        plot.clearRangeMarkers();
        boolean flat = picture.bars().stream().allMatch(b -> b.lowValue() == picture.base()
                && b.highValue() == picture.base());
        // bars of length zero would draw an empty plot under a meaningless axis: say what it means
        // (bars are ranked by swing, so flat top bars mean every bump was flat, not just those drawn)
        plot.setNoDataMessage(picture.bars().isEmpty() ? "No parameter to bump"
                : "No bump moves " + picture.metric().name() + " from "
                        + picture.metric().format(picture.base()));
        plot.setDataset(flat ? null : dataset(picture));
        if (!flat) {
            plot.addRangeMarker(baseLine(picture));
            values.setRange(range(picture));
        }
        chart.setTitle(picture.title());
        ChartCaption.set(chart, picture.caption());
        chart.setNotify(true);
    }

    /** Low and high series over the rows; every bar starts at the base value. */
    static DefaultIntervalCategoryDataset dataset(Picture picture) {
        int n = picture.bars().size();
        Number[][] starts = new Number[2][n];
        Number[][] ends = new Number[2][n];
        String[] rows = new String[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Bar bar = picture.bars().get(i);
            starts[LOWERED_SERIES][i] = picture.base();
            starts[RAISED_SERIES][i] = picture.base();
            // a bump whose run failed draws no bar rather than a bar to a made-up value
            ends[LOWERED_SERIES][i] = Double.isFinite(bar.lowValue()) ? bar.lowValue() : null;
            ends[RAISED_SERIES][i] = Double.isFinite(bar.highValue()) ? bar.highValue() : null;
            String label = rowLabel(bar);
            // rows are keyed by their text: two parameters of the same name stay two rows
            while (!seen.add(label)) {
                label = label + " ";
            }
            rows[i] = label;
        }
        String bump = picture.bump() == null || picture.bump().isBlank() ? "" : " (" + picture.bump() + ")";
        return new DefaultIntervalCategoryDataset(new String[] {"input lowered" + bump, "input raised" + bump},
                rows, starts, ends);
    }

    /** "ETH volatility: 54 % | 66 %", the inputs in the order of the bars' colours. */
    static String rowLabel(Bar bar) {
        return bar.label() + ": " + bar.lowInput() + " | " + bar.highInput();
    }

    private static ValueMarker baseLine(Picture picture) {
        ValueMarker base = new ValueMarker(picture.base(), new Color(0x22, 0x22, 0x22), new BasicStroke(1.2f));
        base.setLabel("base " + picture.metric().format(picture.base()));
        base.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        base.setLabelPaint(new Color(0x22, 0x22, 0x22));
        base.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        base.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        base.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
        base.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        return base;
    }

    /** The base and every bar's end, with a margin; a flat tornado still gets a visible range. */
    static org.jfree.data.Range range(Picture picture) {
        double lo = picture.base();
        double hi = picture.base();
        for (Bar bar : picture.bars()) {
            for (double v : new double[] {bar.lowValue(), bar.highValue()}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double span = hi - lo;
        double pad = span > 0 ? span * 0.08 : Math.max(Math.abs(hi) * 0.05, 1e-6);
        return new org.jfree.data.Range(lo - pad, hi + pad);
    }
}

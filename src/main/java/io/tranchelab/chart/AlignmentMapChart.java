package io.tranchelab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The alignment map: a metric over two parameters as a heatmap (one cell per grid point,
 * coloured by a legend in the metric's unit), the current structure marked and the contour
 * where the metric crosses a target drawn over it. The map fills progressively: a cell not yet
 * computed is drawn grey as "pending", never in the colour of a value, so a half-filled map
 * cannot be read as "no loss there".
 */
public final class AlignmentMapChart {

    static final int VALUES = 0;
    static final int PENDING = 1;
    static final Color CONTOUR = new Color(0x11, 0x11, 0x11);
    static final Color CURRENT = new Color(0x00, 0x5f, 0xcc);
    static final Paint PENDING_PAINT = pendingPaint();

    /** A straight piece of the target contour, in parameter units. */
    public record Segment(double x1, double y1, double x2, double y2) {
    }

    /**
     * What one map shows.
     *
     * @param title    names the metric and the two parameters
     * @param caption  names the structure, scenario, paths and seed, under the title
     * @param metric   the metric and its unit (the colour legend)
     * @param x        the horizontal parameter and its unit
     * @param y        the vertical parameter and its unit
     * @param xs       the grid's horizontal values, evenly spaced, ascending
     * @param ys       the grid's vertical values, evenly spaced, ascending
     * @param values   the metric at (xs[i], ys[j]) as values[j][i]; NaN where not computed yet
     * @param currentX the current structure's horizontal value (NaN: not marked)
     * @param currentY its vertical value
     * @param target   the metric's limit whose contour is drawn (NaN: none)
     * @param targetLabel the target for the legend ("Senior EL ≤ 0.050 % (rating A or better)"); blank: the
     *                 metric and the limit
     * @param contour  where the metric crosses the target
     */
    public record Picture(String title, String caption, ChartQuantity metric, ChartQuantity x, ChartQuantity y, double[] xs,
                          double[] ys, double[][] values, double currentX, double currentY, double target,
                          String targetLabel, List<Segment> contour) {
        public Picture {
            contour = List.copyOf(contour);
            if (values.length != ys.length) {
                throw new IllegalArgumentException("values has " + values.length + " rows for " + ys.length + " ys");
            }
            for (double[] row : values) {
                if (row.length != xs.length) {
                    throw new IllegalArgumentException("a row of values has " + row.length + " cells for "
                            + xs.length + " xs");
                }
            }
        }

        int pendingCount() {
            int n = 0;
            for (double[] row : values) {
                for (double v : row) {
                    n += Double.isNaN(v) ? 1 : 0;
                }
            }
            return n;
        }
    }

    private final XYBlockRenderer valueRenderer = new XYBlockRenderer();
    private final XYBlockRenderer pendingRenderer = new XYBlockRenderer();
    private final XYPlot plot = new XYPlot();
    private final JFreeChart chart;
    private PaintScaleLegend scaleLegend;

    public AlignmentMapChart() {
        LookupPaintScale pendingScale = new LookupPaintScale(-1, 1, PENDING_PAINT);
        pendingRenderer.setPaintScale(pendingScale);
        plot.setRenderer(VALUES, valueRenderer);
        plot.setRenderer(PENDING, pendingRenderer);
        plot.setDomainAxis(new NumberAxis());
        plot.setRangeAxis(new NumberAxis());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        chart = ChartStyle.apply(new EntityFreeChart(plot), "Alignment map");
        chart.removeLegend();
        // no axes until there is a map: a 0 to 1 frame around nothing reads as a result
        plot.getDomainAxis().setVisible(false);
        plot.getRangeAxis().setVisible(false);
    }

    public JFreeChart chart() {
        return chart;
    }

    XYPlot plot() {
        return plot;
    }

    public void show(Picture picture) {
        chart.setNotify(false);
        double width = spacing(picture.xs());
        double height = spacing(picture.ys());
        valueRenderer.setBlockWidth(width);
        valueRenderer.setBlockHeight(height);
        pendingRenderer.setBlockWidth(width);
        pendingRenderer.setBlockHeight(height);
        NumberAxis xAxis = picture.x().axis();
        NumberAxis yAxis = picture.y().axis();
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);
        if (picture.xs().length > 0 && picture.ys().length > 0) {
            xAxis.setRange(picture.xs()[0] - width / 2, picture.xs()[picture.xs().length - 1] + width / 2);
            yAxis.setRange(picture.ys()[0] - height / 2, picture.ys()[picture.ys().length - 1] + height / 2);
        }
        plot.setDataset(VALUES, cells(picture, false));
        plot.setDataset(PENDING, cells(picture, true));
        HeatScale scale = scale(picture);
        valueRenderer.setPaintScale(scale);
        replaceLegends(picture, scale);
        plot.clearAnnotations();
        for (Segment s : picture.contour()) {
            plot.addAnnotation(new XYLineAnnotation(s.x1(), s.y1(), s.x2(), s.y2(), new BasicStroke(2.2f,
                    BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), CONTOUR));
        }
        if (Double.isFinite(picture.currentX()) && Double.isFinite(picture.currentY())) {
            markCurrent(picture, width, height);
        }
        chart.setTitle(picture.title());
        ChartCaption.set(chart, picture.caption());
        chart.setNotify(true);
    }

    /** The computed cells (pending false) or the cells still to compute (pending true), as (x, y, z). */
    static DefaultXYZDataset cells(Picture picture, boolean pending) {
        List<double[]> points = new ArrayList<>();
        for (int j = 0; j < picture.ys().length; j++) {
            for (int i = 0; i < picture.xs().length; i++) {
                double v = picture.values()[j][i];
                if (Double.isNaN(v) == pending) {
                    points.add(new double[] {picture.xs()[i], picture.ys()[j], pending ? 0 : v});
                }
            }
        }
        double[][] xyz = new double[3][points.size()];
        for (int k = 0; k < points.size(); k++) {
            for (int c = 0; c < 3; c++) {
                xyz[c][k] = points.get(k)[c];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(pending ? "pending" : picture.metric().name(), xyz);
        return data;
    }

    /**
     * The colour scale over the computed values (and the target, so its contour's colour is on
     * the legend); a map whose values are all equal still gets a scale around that value.
     */
    static HeatScale scale(Picture picture) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : picture.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (Double.isFinite(picture.target()) && lo <= hi) {
            lo = Math.min(lo, picture.target());
            hi = Math.max(hi, picture.target());
        }
        if (!(lo <= hi)) {
            return new HeatScale(0, 1); // nothing computed yet: any scale, no cell uses it
        }
        if (hi - lo < 1e-12) {
            double pad = Math.max(Math.abs(hi) * 0.05, 1e-6);
            return new HeatScale(lo - pad, hi + pad);
        }
        return new HeatScale(lo, hi);
    }

    private void replaceLegends(Picture picture, HeatScale scale) {
        chart.clearSubtitles(); // the caption is set again after the legends
        NumberAxis legendAxis = picture.metric().axis();
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        scaleLegend = new PaintScaleLegend(scale, legendAxis);
        scaleLegend.setPosition(RectangleEdge.RIGHT);
        scaleLegend.setStripWidth(14);
        scaleLegend.setAxisOffset(4);
        scaleLegend.setMargin(new RectangleInsets(8, 8, 8, 4));
        scaleLegend.setSubdivisionCount(128);
        chart.addSubtitle(scaleLegend);
        LegendTitle keys = new LegendTitle(() -> keys(picture));
        keys.setPosition(RectangleEdge.BOTTOM);
        keys.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        keys.setFrame(BlockBorder.NONE);
        chart.addSubtitle(keys);
    }

    /** The legend of what is drawn over the cells: pending cells, the current structure, the contour. */
    private static LegendItemCollection keys(Picture picture) {
        LegendItemCollection items = new LegendItemCollection();
        int pending = picture.pendingCount();
        if (pending > 0) {
            items.add(new LegendItem("pending: " + pending + " of " + picture.xs().length * picture.ys().length
                    + " cells not computed yet", null, null, null, new Rectangle(-5, -5, 10, 10), PENDING_PAINT,
                    new BasicStroke(0.5f), Color.GRAY));
        }
        if (Double.isFinite(picture.currentX()) && Double.isFinite(picture.currentY())) {
            items.add(new LegendItem("current structure", null, null, null, true, new Ellipse2D.Double(-5, -5, 10, 10),
                    true, Color.WHITE, true, CURRENT, new BasicStroke(2f), false, new Line2D.Double(),
                    new BasicStroke(1f), CURRENT));
        }
        if (Double.isFinite(picture.target())) {
            String what = picture.targetLabel() == null || picture.targetLabel().isBlank()
                    ? picture.metric().name() + " = " + picture.metric().format(picture.target())
                    : picture.targetLabel();
            // with no crossing on the map there is no line to name: the label says where the target stands
            items.add(new LegendItem((picture.contour().isEmpty() ? "target: " : "target contour: ") + what,
                    null, null, null, new Line2D.Double(-8, 0, 8, 0), new BasicStroke(2.2f), CONTOUR));
        }
        return items;
    }

    private void markCurrent(Picture picture, double width, double height) {
        double rx = width * 0.22;
        double ry = height * 0.22;
        // a ring, not a disc: the cell's own colour stays visible inside it
        plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(picture.currentX() - rx,
                picture.currentY() - ry, 2 * rx, 2 * ry), new BasicStroke(2.5f), CURRENT, null));
        XYTextAnnotation label = new XYTextAnnotation("current", picture.currentX(), picture.currentY() - ry * 1.2);
        label.setTextAnchor(TextAnchor.TOP_CENTER);
        label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
        label.setPaint(CURRENT);
        label.setBackgroundPaint(new Color(255, 255, 255, 210));
        plot.addAnnotation(label);
    }

    /** The distance between neighbouring grid values; 1 for a grid of one value. */
    static double spacing(double[] grid) {
        return grid.length < 2 ? 1 : (grid[grid.length - 1] - grid[0]) / (grid.length - 1);
    }

    /**
     * Plain light grey: no colour of the scale (pale yellow to dark red) is grey, so a cell not
     * computed never reads as a value. Not a texture: the workbench draws charts through
     * FXGraphics2D, which paints a TexturePaint black.
     */
    private static Paint pendingPaint() {
        return new Color(0xd9, 0xd9, 0xd9);
    }
}

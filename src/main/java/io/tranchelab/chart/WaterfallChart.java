package io.tranchelab.chart;

import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;

/** Stacked bars per period: fees, each coupon, reserve, turbo, equity above the axis; losses below. */
public final class WaterfallChart {

    private final StackedBarRenderer renderer = new StackedBarRenderer();
    private final CategoryPlot plot;
    private PeriodAxis periodAxis;
    private final JFreeChart chart;

    public WaterfallChart() {
        PeriodAxis periods = new PeriodAxis();
        periods.setCategoryMargin(0.15);
        periods.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        periods.setMaximumCategoryLabelWidthRatio(4f); // a label may be wider than its bar
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        periodAxis = periods;
        plot = new CategoryPlot(null, periods, ChartStyle.moneyAxis("mean cash per period"), renderer);
        chart = ChartStyle.apply(new EntityFreeChart(plot), "Waterfall: where the cash went");
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, ChartStyle.line(1f)));
    }

    PeriodAxis periodAxis() {
        return periodAxis;
    }

    public JFreeChart chart() {
        return chart;
    }

    public void show(SimulationResult result) {
        WaterfallPeriods periods = WaterfallPeriods.of(result.waterfall(),
                result.tranches().stream().map(TrancheMetrics::name).toList());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        chart.setNotify(false); // one redraw for the whole update, not one per setting
        for (int b = 0; b < periods.buckets().size(); b++) {
            WaterfallPeriods.Bucket bucket = periods.buckets().get(b);
            for (int p = 0; p < periods.labels().size(); p++) {
                data.addValue(bucket.values()[p], bucket.name(), periods.labels().get(p));
            }
            renderer.setSeriesPaint(b, ChartColors.awt(bucket.colorHex()), false);
        }
        periodAxis.setLabels(periods.labels()); // which labels show is decided at each drawing, by width
        plot.setDataset(data);
        chart.setNotify(true);
    }
}

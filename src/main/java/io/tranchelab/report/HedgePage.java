package io.tranchelab.report;

import io.tranchelab.chart.HedgePnlChart;
import io.tranchelab.scenario.HedgeComparison;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.util.List;

/**
 * The report's hedge page (docs/model.md §8.15), for a structure with hedges: each tranche with
 * and without the hedge, the hedge's cost and P&L, and the chart of its P&L against the fall of
 * the hedged asset, with what it was computed from.
 */
final class HedgePage {

    private static final float[] TRANCHE_COLUMNS = {0.13f, 0.09f, 0.09f, 0.08f, 0.10f, 0.10f, 0.10f, 0.10f, 0.105f,
        0.105f};
    private static final float[] COST_COLUMNS = {0.49f, 0.17f, 0.14f, 0.20f};
    private static final int CHART_WIDTH = 620;
    private static final int CHART_HEIGHT = 330;

    private HedgePage() {
    }

    static void write(PdfCanvas canvas, HedgeComparison comparison) throws IOException {
        HedgeFigures figures = HedgeFigures.of(comparison);
        canvas.newPage();
        canvas.heading("Hedge: with and without", 16);
        canvas.paragraph("The structure run with its hedges and without them on the same paths (common random"
                + " numbers: both runs see the same market, so the differences are the hedge's, not noise). "
                + figures.provenance() + ".", 9);
        canvas.heading("Tranches (% of each tranche's principal)", 12);
        // two header rows: the measure over its columns, then which run each shows (one row would cut them)
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(HedgeTableText.nameRow());
        rows.addAll(trancheRows(figures));
        canvas.table(HedgeTableText.groupRow(), rows, TRANCHE_COLUMNS, 8);
        canvas.heading("The hedge's cost and P&L (pool's initial value " + io.tranchelab.format.Formats.money(
                figures.initialValue()) + ")", 12);
        canvas.table(HedgeTableText.COST_HEADER, figures.costs().stream().map(HedgeTableText::cells).toList(),
                COST_COLUMNS, 9);
        HedgePnlChart chart = new HedgePnlChart();
        chart.show(comparison.outcomes());
        JFreeChart drawn = chart.chart();
        canvas.vector(CHART_WIDTH, CHART_HEIGHT, canvas.width(),
                g -> drawn.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT)));
    }

    /** The tranche rows as the page's table has them (tests). */
    static List<List<String>> trancheRows(HedgeFigures figures) {
        return figures.tranches().stream().map(HedgeTableText::cells).toList();
    }
}

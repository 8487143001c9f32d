package io.tranchelab.report;

import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.util.List;

/**
 * The report's last pages: the design analyses asked for (a tornado, an alignment map), each a
 * chart whose title names the metric and whose caption names the structure, scenario, paths and
 * seed it was computed on. Nothing when none was asked for.
 */
final class AnalysisPages {

    /** Laid out at this size and scaled to the page's width: taller than a scenario's charts, a tornado has many rows. */
    static final int CHART_WIDTH = 900;
    static final int CHART_HEIGHT = 640;

    private AnalysisPages() {
    }

    static void write(PdfCanvas canvas, List<JFreeChart> analyses) throws IOException {
        if (analyses.isEmpty()) {
            return;
        }
        canvas.newPage();
        canvas.heading("Design analyses", 16);
        canvas.paragraph("Computed in the workbench's Analyze window on the structure of this report. Each point"
                + " is a run of the structure with the parameters shown, on the same seed as the others (common"
                + " random numbers); each chart's caption names the scenario, paths and seed.", 9);
        for (JFreeChart chart : analyses) {
            canvas.vector(CHART_WIDTH, CHART_HEIGHT, canvas.width(),
                    g -> chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT)));
        }
    }
}

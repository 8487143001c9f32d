package io.tranchelab.report;

import io.tranchelab.io.AtomicFiles;
import io.tranchelab.model.Position;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The structure's report as a PDF: a first page with the diagram, the parameters and the base
 * case, then one page per scenario with its key metrics (and their change from base) and its
 * charts. The diagram and the charts are vector drawings, not pictures. Written to a temporary file and moved into place, so a failed export leaves no
 * half-written report.
 */
public final class PdfReport {

    private static final float[] METRIC_COLUMNS = {0.14f, 0.09f, 0.09f, 0.09f, 0.10f, 0.10f, 0.13f, 0.13f, 0.13f};
    /**
     * The canvas a chart is laid out on before it is scaled to the page's width (about 0.8):
     * its 10-11 px labels print at 8-9 pt, as readable as the tables' text.
     */
    private static final int CHART_WIDTH = 620;
    private static final int CHART_HEIGHT = 290;

    /** PDFBox warns when it draws Helvetica with a substitute font; that is expected here. */
    private static final java.util.logging.Logger PDFBOX_LOG = quiet(java.util.logging.Logger.getLogger("org.apache.pdfbox"));

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private PdfReport() {
    }

    public static void write(ScenarioComparison comparison, ReportCharts charts, Path out) throws IOException {
        write(comparison, charts, List.of(), out);
    }

    /** The report with the design analyses asked for (a tornado, an alignment map) on pages of their own at the end. */
    public static void write(ScenarioComparison comparison, ReportCharts charts, List<JFreeChart> analyses, Path out)
            throws IOException {
        AtomicFiles.write(out, render(comparison, charts, analyses));
    }

    /** The report's bytes, for a caller that writes it together with other files (the CLI's PDF + CSV). */
    public static byte[] render(ScenarioComparison comparison, ReportCharts charts) throws IOException {
        return render(comparison, charts, List.of());
    }

    public static byte[] render(ScenarioComparison comparison, ReportCharts charts, List<JFreeChart> analyses)
            throws IOException {
        return render(comparison, charts, analyses, null);
    }

    /** The report with, after the scenarios' pages, the hedge page of {@code hedge} (null: none; §8.15). */
    public static void write(ScenarioComparison comparison, ReportCharts charts, List<JFreeChart> analyses,
                             HedgeComparison hedge, Path out) throws IOException {
        AtomicFiles.write(out, render(comparison, charts, analyses, hedge));
    }

    public static byte[] render(ScenarioComparison comparison, ReportCharts charts, List<JFreeChart> analyses,
                                HedgeComparison hedge) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, comparison.structure());
            try (PdfCanvas canvas = new PdfCanvas(document)) {
                firstPage(canvas, comparison);
                for (int run = 0; run < comparison.runs().size(); run++) {
                    scenarioPage(canvas, comparison, run, charts);
                }
                CrossChainPage.write(canvas, comparison); // cross-chain pools (docs/model.md §8.14)
                if (hedge != null) { // hedging overlay (§8.15)
                    HedgePage.write(canvas, hedge);
                }
                AnalysisPages.write(canvas, analyses);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void describe(PDDocument document, Structure structure) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(structure.name());
        info.setCreator("TrancheLab");
    }

    private static void firstPage(PdfCanvas canvas, ScenarioComparison comparison) throws IOException {
        Structure structure = comparison.structure();
        SimulationResult base = comparison.base();
        canvas.newPage();
        canvas.heading(structure.name(), 20);
        if (!structure.description().isBlank()) {
            canvas.paragraph(structure.description(), 10);
        }
        canvas.paragraph(String.format(Locale.ROOT, "%,d paths x %d steps over %.2f years, seed %d. Every scenario"
                        + " runs on the same paths (common random numbers): differences are the scenario's.",
                base.paths(), base.steps(), base.horizonYears(), base.seed()), 9);
        // laid out at 700 x 300 so its 11-15 px labels print at 8-10 pt
        canvas.vector(700, 300, canvas.width(), g -> StructureDiagram.draw(g, structure, base.tranches(), 700, 300));
        canvas.heading("Tranches and waterfall", 12);
        List<List<String>> rows = new ArrayList<>();
        for (Tranche tranche : structure.tranches()) {
            rows.add(List.of(tranche.name(), percent(tranche.share()), percent(tranche.coupon())));
        }
        canvas.table(List.of("Tranche", "Share", "Coupon"), rows, new float[] {0.4f, 0.3f, 0.3f}, 9);
        canvas.paragraph(String.format(Locale.ROOT, "Management fee %s a year on NAV; reserve target %s of the senior"
                        + " principal; OC trigger %s.", percent(structure.waterfall().managementFee()),
                percent(structure.waterfall().reserveTarget()),
                structure.waterfall().ocThreshold() > 0
                        ? String.format(Locale.ROOT, "%.2fx", structure.waterfall().ocThreshold()) : "none"), 9);
        if (!structure.waterfall().isSequential()) { // waterfall kinds (docs/model.md §7.9)
            canvas.paragraph("Waterfall kind: " + structure.waterfall().kind().label() + ".", 9);
        }
        canvas.heading("Pool", 12);
        for (Position position : structure.positions()) {
            canvas.paragraph(StructureDiagram.describe(position), 9);
        }
        canvas.heading("Base case", 12);
        metricsTable(canvas, comparison, 0);
    }

    private static void scenarioPage(PdfCanvas canvas, ScenarioComparison comparison, int run, ReportCharts charts)
            throws IOException {
        SimulationResult result = comparison.runs().get(run);
        canvas.newPage();
        canvas.heading("Scenario: " + result.scenario(), 16);
        String description = comparison.structure().scenario(result.scenario()).map(Scenario::description).orElse("");
        if (!description.isBlank()) {
            canvas.paragraph(description, 9);
        }
        metricsTable(canvas, comparison, run);
        for (JFreeChart chart : charts.chartsFor(result)) {
            // vector: sharp when zoomed or printed, its labels searchable
            canvas.vector(CHART_WIDTH, CHART_HEIGHT, canvas.width(),
                    g -> chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT)));
        }
    }

    private static void metricsTable(PdfCanvas canvas, ScenarioComparison comparison, int run) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<TrancheMetrics> tranches = comparison.runs().get(run).tranches();
        for (int t = 0; t < tranches.size(); t++) {
            TrancheMetrics m = tranches.get(t);
            rows.add(List.of(m.name(), percent(m.expectedLoss()),
                    run == 0 ? "" : signedPercent(comparison.expectedLossDelta(run, t)),
                    percent(m.probabilityOfLoss()), percent(m.var99()), percent(m.es99()),
                    io.tranchelab.format.Formats.ratePerYear(m.irrMean()),
                    io.tranchelab.format.Formats.ratePerYear(m.returnMean()), m.impliedRating()));
        }
        canvas.table(List.of("Tranche", "EL", "dEL", "P(loss)", "VaR 99", "ES 99", "IRR", "Cash multiple",
                "DR-eq rating"), rows,
                METRIC_COLUMNS, 9);
    }

    /** The app's one percent format, so a number reads the same here as in the workbench and on slides. */
    private static String percent(double fraction) {
        return io.tranchelab.format.Formats.percent(fraction);
    }

    private static String signedPercent(double fraction) {
        return (fraction > 0 ? "+" : "") + percent(fraction);
    }
}

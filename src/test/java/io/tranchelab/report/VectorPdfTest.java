package io.tranchelab.report;

import io.tranchelab.chart.LossHistogramChart;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF report's charts and diagram, and a chart saved as PDF, are vector drawings: no image
 * anywhere in the file, and the charts' titles and axis labels are text PDFBox can read back.
 */
class VectorPdfTest {

    private static ScenarioComparison comparison;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTheLendingBook() throws Exception {
        Structure book = StructureJson.read(Path.of("samples/eth-lending-book.json"));
        comparison = ScenarioComparison.run(book, List.of("Black Thursday (12 March 2020)"),
                RunSettings.of(book).withPaths(200).withThreads(2), ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void theReportsChartsAndDiagramAreVectorWithTheirLabelsAsText() throws Exception {
        try (PDDocument document = Loader.loadPDF(PdfReport.render(comparison, new StandardReportCharts()))) {
            int forms = 0;
            for (PDPage page : document.getPages()) {
                forms += countForms(page.getResources(), 0);
            }
            // the diagram and two charts for each of base and the scenario
            assertEquals(1 + 2 * comparison.runs().size(), forms, "one vector form per drawing");
            String text = squeezed(new PDFTextStripper().getText(document));
            for (String label : List.of("Waterfall: where the cash went", "mean cash per period", "years",
                    "Senior coupon", "$100K", "ETH-backed USDC loans")) {
                assertTrue(text.contains(squeezed(label)), "'" + label + "' readable as text in:\n" + text);
            }
        }
    }

    @Test
    void aChartSavedAsPdfIsOnePageOfItsSizeWithNoImage() throws Exception {
        LossHistogramChart histogram = new LossHistogramChart();
        histogram.show(comparison.base(), 2);
        Path pdf = dir.resolve("losses.pdf");
        ChartExport.pdf(histogram.chart(), 640, 400, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(640, document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(400, document.getPage(0).getMediaBox().getHeight(), 0.01);
            assertEquals(1, countForms(document.getPage(0).getResources(), 0));
            String text = squeezed(new PDFTextStripper().getText(document));
            assertTrue(text.contains("loss/principal") && text.contains("shareofpaths") && text.contains("VaR99"), text);
        }
    }

    /** Without white space: a rotated label comes back from the text stripper a few letters a line. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Counts the form XObjects under {@code resources}, failing on any image among them. */
    private static int countForms(PDResources resources, int depth) throws IOException {
        if (resources == null) {
            return 0;
        }
        int forms = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            assertTrue(!(x instanceof PDImageXObject), "an image XObject (a raster picture) at depth " + depth);
            if (x instanceof PDFormXObject form) {
                forms += (depth == 0 ? 1 : 0) + countForms(form.getResources(), depth + 1);
            }
        }
        return forms;
    }
}

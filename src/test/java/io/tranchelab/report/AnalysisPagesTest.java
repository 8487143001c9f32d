package io.tranchelab.report;

import io.tranchelab.chart.AlignmentMapChart;
import io.tranchelab.chart.ChartQuantity;
import io.tranchelab.chart.TornadoChart;
import io.tranchelab.design.MetricUnit;
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
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF report ends with the design analyses asked for, and has no such page when none is. */
class AnalysisPagesTest {

    private static ScenarioComparison comparison;

    @BeforeAll
    static void runTheLendingBook() throws Exception {
        Structure book = StructureJson.read(Path.of("samples/eth-lending-book.json"));
        comparison = ScenarioComparison.run(book, List.of("base"), RunSettings.of(book).withPaths(200).withThreads(2),
                ProgressListener.NONE, CancellationToken.none());
    }

    private static List<JFreeChart> analyses() {
        ChartQuantity el = new ChartQuantity("Senior EL", MetricUnit.FRACTION);
        TornadoChart tornado = new TornadoChart();
        tornado.show(new TornadoChart.Picture("Senior EL: sensitivity to \u00b110 % bumps", "caption", el, 0.01,
                "\u00b110 %", List.of(new TornadoChart.Bar("ETH volatility", "54 %", "66 %", 0.005, 0.02))));
        AlignmentMapChart map = new AlignmentMapChart();
        map.show(new AlignmentMapChart.Picture("map", "caption", el, new ChartQuantity("v", MetricUnit.FRACTION),
                new ChartQuantity("c", MetricUnit.USD), new double[] {0.3, 0.6}, new double[] {1e6, 2e6},
                new double[][] {{0.01, 0.02}, {0.0, Double.NaN}}, 0.6, 1e6, Double.NaN, "", List.of()));
        return List.of(tornado.chart(), map.chart());
    }

    @Test
    void theAnalysesAskedForAreALastPageWithTheirCharts() throws Exception {
        int without;
        try (PDDocument plain = Loader.loadPDF(PdfReport.render(comparison, new StandardReportCharts()))) {
            without = plain.getNumberOfPages();
            assertFalse(new PDFTextStripper().getText(plain).contains("Design analyses"));
        }
        try (PDDocument with = Loader.loadPDF(PdfReport.render(comparison, new StandardReportCharts(), analyses()))) {
            assertTrue(with.getNumberOfPages() > without, with.getNumberOfPages() + " pages, " + without + " without");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(without + 1);
            text.setEndPage(with.getNumberOfPages());
            assertTrue(text.getText(with).startsWith("Design analyses"), text.getText(with));
            int forms = 0;
            int images = 0;
            for (int p = without; p < with.getNumberOfPages(); p++) {
                forms += count(with.getPage(p), PDFormXObject.class);
                images += count(with.getPage(p), PDImageXObject.class);
            }
            assertEquals(2, forms, "the tornado and the map, drawn as vector forms");
            assertEquals(0, images, "no raster picture of a chart");
        }
    }

    private static int count(PDPage page, Class<?> kind) throws Exception {
        int n = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            n += kind.isInstance(page.getResources().getXObject(name)) ? 1 : 0;
        }
        return n;
    }
}

package io.tranchelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.chart.WaterfallChart;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.TrancheMetrics;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Every export is read back: the PDF by PDFBox, images by ImageIO and an XML parser, the CSV by hand. */
class ExportTest {

    private static ScenarioComparison comparison;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTheLendingBook() throws Exception {
        Structure book = StructureJson.read(Path.of("samples/eth-lending-book.json"));
        comparison = ScenarioComparison.run(book,
                List.of("Black Thursday (12 March 2020)", "Same crash with keepers working"),
                RunSettings.of(book).withPaths(300).withThreads(2), ProgressListener.NONE, CancellationToken.none());
    }

    private static JFreeChart waterfall() {
        WaterfallChart chart = new WaterfallChart();
        chart.show(comparison.base());
        return chart.chart();
    }

    @Test
    void pdfReportHasAPagePerScenarioAfterTheStructurePage() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        PdfReport.write(comparison, new StandardReportCharts(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int scenarios = comparison.runs().size();
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 1 + scenarios, pages + " pages for " + scenarios + " scenarios");
            List<String> titles = new ArrayList<>();
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String content = text.getText(document);
                comparison.scenarioNames().stream().filter(n -> content.contains("Scenario: " + n))
                        .forEach(titles::add);
            }
            assertEquals(comparison.scenarioNames(), titles, "each scenario's page, in order");
            assertEquals(comparison.structure().name(), document.getDocumentInformation().getTitle());
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void pngIsAnImageOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("waterfall.png");
        ChartExport.png(waterfall(), 800, 450, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
    }

    @Test
    void aFullHdPngIsTheChartLaidOutAtHalfSizeAndDrawnTwiceAsSharp(TestReporter report) throws Exception {
        Path png = dir.resolve("waterfall.png");
        ChartExport.png(waterfall(), 1920, 1080, png);
        BufferedImage large = ImageIO.read(png.toFile());
        assertEquals(1920, large.getWidth());
        assertEquals(1080, large.getHeight());
        // Halved again (2 x 2 pixels averaged), it is the chart drawn at 960 x 540; laid out at full
        // size instead, its text and lines would keep their pixel size in four times the area (a page
        // of tiny text) and the halved picture would differ from the small one everywhere.
        BufferedImage half = ChartExport.image(waterfall(), 960, 540);
        double scaled = meanDifference(halved(large), half);
        double unscaled = meanDifference(halved(waterfall().createBufferedImage(1920, 1080)), half);
        report.publishEntry("mean difference to the 960 x 540 chart", String.format(java.util.Locale.ROOT,
                "scaled %.2f, laid out at 1920 %.2f", scaled, unscaled));
        assertTrue(scaled < 6, "scaled up: " + scaled);
        assertTrue(unscaled > 2 * scaled, "the check can tell the two layouts apart: " + unscaled);
    }

    private static BufferedImage halved(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int[] sum = new int[3];
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int rgb = image.getRGB(2 * x + dx, 2 * y + dy);
                        sum[0] += (rgb >> 16) & 0xff;
                        sum[1] += (rgb >> 8) & 0xff;
                        sum[2] += rgb & 0xff;
                    }
                }
                out.setRGB(x, y, (sum[0] / 4) << 16 | (sum[1] / 4) << 8 | sum[2] / 4);
            }
        }
        return out;
    }

    /** Mean absolute difference per colour channel, 0..255. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    total += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return total / (3.0 * a.getWidth() * a.getHeight());
    }

    @Test
    void svgIsXmlOfTheRequestedSize() throws Exception {
        Path svg = dir.resolve("waterfall.svg");
        ChartExport.svg(waterfall(), 640, 360, svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the file names the SVG DTD; there is no network to fetch it from, and no need to
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(640, Double.parseDouble(root.getAttribute("width").replace("px", "")));
        assertEquals(360, Double.parseDouble(root.getAttribute("height").replace("px", "")));
    }

    @Test
    void csvParsesBackToTheMetrics() throws Exception {
        Path csv = dir.resolve("metrics.csv");
        ChartExport.text(MetricsCsv.of(comparison), csv);
        List<List<String>> rows = parse(Files.readString(csv));
        assertEquals(MetricsCsv.HEADER, rows.get(0));
        int tranches = comparison.base().tranches().size();
        assertEquals(1 + comparison.runs().size() * tranches, rows.size());
        for (int run = 0; run < comparison.runs().size(); run++) {
            for (int t = 0; t < tranches; t++) {
                List<String> row = rows.get(1 + run * tranches + t);
                TrancheMetrics m = comparison.metrics(run, t);
                assertEquals(MetricsCsv.HEADER.size(), row.size());
                assertEquals(comparison.scenarioNames().get(run), row.get(1));
                assertEquals(m.name(), row.get(2));
                assertEquals(m.expectedLoss(), Double.parseDouble(row.get(4)), 0, "bit-exact");
                assertEquals(comparison.expectedLossDelta(run, t), Double.parseDouble(row.get(6)), 0);
                assertEquals(m.irrMean(), Double.parseDouble(row.get(MetricsCsv.HEADER.indexOf("irrMean"))), 0);
                assertEquals(m.irr95(), Double.parseDouble(row.get(MetricsCsv.HEADER.indexOf("irr95"))), 0);
                assertEquals(m.impliedRating(), row.get(MetricsCsv.HEADER.indexOf("defaultRateEquivalentRating")));
            }
        }
    }

    @Test
    void csvQuotesCellsWithCommasAndQuotes() {
        assertEquals("\"a, \"\"b\"\"\"", MetricsCsv.quote("a, \"b\""));
        assertEquals("plain", MetricsCsv.quote("plain"));
    }

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}

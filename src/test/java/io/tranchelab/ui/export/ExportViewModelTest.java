package io.tranchelab.ui.export;

import io.tranchelab.ui.document.ScriptedDialogs;
import io.tranchelab.chart.WaterfallChart;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.document.DialogService;
import io.tranchelab.ui.present.PresentationViewModel;
import io.tranchelab.ui.run.BackgroundJobs;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.ResultCache;
import io.tranchelab.ui.scenarios.ComparisonRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportViewModelTest {

    private final Structure structure = TestStructures.quick().withSimulation(new SimulationSettings(1.0, 52, 300, 7));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> errors = dialogs.errors;
    private final ExportViewModel exports = new ExportViewModel(new SimpleObjectProperty<>(structure),
            new ComparisonRunner(new DirectTaskExecutor()), dialogs);

    @Test
    void theMetricsCsvHasARowPerScenarioAndTrancheAndParsesBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("metrics.csv");
        exports.exportMetrics(out);

        List<String> lines = Files.readAllLines(out);
        int scenarios = ScenarioLibrary.namesFor(structure).size();
        assertEquals(1 + scenarios * structure.tranches().size(), lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        int scenarioColumn = header.indexOf("scenario");
        int deltaColumn = header.indexOf("expectedLossDeltaToBase");
        for (String line : lines.subList(1, 1 + structure.tranches().size())) {
            String[] cells = line.split(",");
            assertEquals("base", cells[scenarioColumn]);
            assertEquals(0.0, Double.parseDouble(cells[deltaColumn]));
        }
        assertTrue(errors.isEmpty(), errors::toString);
        assertTrue(exports.messageProperty().get().contains(out.toString()));
    }

    @Test
    void theReportOpensWithAFirstPageAndAPagePerScenario(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.pdf");
        exports.exportReport(out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(1 + ScenarioLibrary.namesFor(structure).size(), pdf.getNumberOfPages());
        }
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void slidesThenPdfThenCsvRunEachScenarioOnceOnTheSharedBudget(@TempDir Path dir) throws Exception {
        BackgroundJobs jobs = new BackgroundJobs(new DirectTaskExecutor(), ResultCache.withDefaultBudget());
        ExportViewModel shared = new ExportViewModel(new SimpleObjectProperty<>(structure), new ComparisonRunner(jobs),
                dialogs);
        List<String> names = ScenarioLibrary.namesFor(structure);
        PresentationViewModel slides = new PresentationViewModel(structure, names, new ComparisonRunner(jobs));

        slides.prepare();
        shared.exportReport(dir.resolve("report.pdf"));
        shared.exportMetrics(dir.resolve("metrics.csv"));

        assertEquals(names.size(), jobs.cache().misses(), "each scenario computed once");
        assertEquals(2L * names.size(), jobs.cache().hits(), "and reused by the PDF and the CSV");
        assertTrue(Files.size(dir.resolve("metrics.csv")) > 0);
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void aHedgedStructuresReportEndsWithTheHedgePageWhoseHedgedRunIsTheCachedBaseRun(@TempDir Path dir)
            throws Exception {
        Structure hedged = io.tranchelab.report.HedgedSample.quick();
        BackgroundJobs jobs = new BackgroundJobs(new DirectTaskExecutor(), ResultCache.withDefaultBudget());
        ExportViewModel shared = new ExportViewModel(new SimpleObjectProperty<>(hedged), new ComparisonRunner(jobs),
                dialogs);
        Path out = dir.resolve("report.pdf");
        shared.exportReport(out);

        int scenarios = ScenarioLibrary.namesFor(hedged).size();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(1 + scenarios + 1, pdf.getNumberOfPages(), "first page, a page per scenario, the hedge page");
            org.apache.pdfbox.text.PDFTextStripper last = new org.apache.pdfbox.text.PDFTextStripper();
            last.setStartPage(pdf.getNumberOfPages());
            assertTrue(last.getText(pdf).startsWith("Hedge: with and without"));
        }
        assertEquals(scenarios + 1, jobs.cache().misses(), "the scenarios and the unhedged run");
        assertEquals(1, jobs.cache().hits(), "the hedged run is the base case's");
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void aChartIsSavedAsAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("waterfall.png");
        assertTrue(exports.saveChart(new WaterfallChart().chart(), ExportViewModel.ChartFormat.PNG, 640, 360, out));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
    }

    @Test
    void anUnwritableFolderGivesAMessageNamingTheFileNotAStackTrace(@TempDir Path dir) {
        Path out = dir.resolve("missing-folder").resolve("chart.svg");
        assertFalse(exports.saveChart(new WaterfallChart().chart(), ExportViewModel.ChartFormat.SVG, 400, 300, out));
        exports.exportMetrics(dir.resolve("missing-folder").resolve("metrics.csv"));

        assertEquals(2, errors.size());
        assertTrue(errors.get(0).contains("chart.svg"), errors.get(0));
        assertTrue(errors.get(1).contains("metrics.csv"), errors.get(1));
        errors.forEach(e -> assertFalse(e.contains("\tat "), e));
        assertFalse(Files.exists(out));
    }

}

package io.tranchelab.report;

import io.tranchelab.model.Structure;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's hedge page: after the scenarios' pages, for a structure with hedges only. */
class HedgePageTest {

    @Test
    void theHedgePageComesAfterTheScenariosWithTheTablesAndWhatTheyWereComputedFrom() throws Exception {
        Structure s = HedgedSample.quick();
        RunSettings settings = RunSettings.of(s).withThreads(1);
        ScenarioComparison scenarios = ScenarioComparison.run(s, List.of(), settings, ProgressListener.NONE,
                CancellationToken.none());
        HedgeComparison hedge = HedgeComparison.run(s, settings, ProgressListener.NONE, CancellationToken.none());
        HedgeFigures figures = HedgeFigures.of(hedge);
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(scenarios, new StandardReportCharts(), List.of(),
                hedge))) {
            assertEquals(3, pdf.getNumberOfPages(), "first page, base case, hedge");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String page = stripper.getText(pdf);
            assertTrue(page.startsWith("Hedge: with and without"), page);
            assertTrue(page.contains("Hedged staked-ETH vault \u00b7 scenario base \u00b7 256 paths \u00b7 seed 7"), page);
            assertTrue(page.contains("Tranches (% of each tranche's principal)"), page);
            assertTrue(page.contains("The hedge's cost and P&L (pool's initial value $30.0M)"), page);
            assertEquals(3, HedgePage.trancheRows(figures).size());
            for (List<String> row : HedgePage.trancheRows(figures)) {
                assertTrue(page.contains(String.join(" ", row)), "the row as the window shows it: " + row);
            }
            assertTrue(page.contains(String.join(" ", HedgeTableText.cells(figures.cost(HedgeFigures.Cost.NET_COST)))),
                    page);
            assertTrue(page.contains("Hedge P&L against the fall of ETH"), "the chart, as a vector drawing with text");
        }
    }

    @Test
    void withoutAHedgeComparisonThereIsNoHedgePage() throws Exception {
        Structure s = HedgedSample.quick();
        ScenarioComparison scenarios = ScenarioComparison.run(s, List.of(), RunSettings.of(s).withThreads(1),
                ProgressListener.NONE, CancellationToken.none());
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(scenarios, new StandardReportCharts()))) {
            assertEquals(2, pdf.getNumberOfPages());
            assertFalse(new PDFTextStripper().getText(pdf).contains("Hedge: with and without"));
        }
    }
}

package io.tranchelab.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tranchelab report}: a hedged structure's report ends with the hedge page (docs/model.md §8.15). */
class ReportCommandHedgeTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void aHedgedStructuresReportHasTheHedgePageOnTheRunsPathsAndSeed() throws Exception {
        Path pdf = dir.resolve("hedged.pdf");
        assertEquals(Cli.OK, run("report", "samples/hedged-eth-vault.json", "--out", pdf.toString(), "--paths", "128",
                "--seed", "3", "--threads", "1", "--scenarios", "base"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + pdf + " (1 scenarios, the hedge page)"),
                out.toString(StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, document.getNumberOfPages());
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(3);
            String page = last.getText(document);
            assertTrue(page.startsWith("Hedge: with and without"), page);
            assertTrue(page.contains("scenario base \u00b7 128 paths \u00b7 seed 3"), page);
        }
    }

    @Test
    void aStructureWithoutHedgesHasNone() throws Exception {
        Path pdf = dir.resolve("plain.pdf");
        assertEquals(Cli.OK, run("report", "samples/eth-lending-book.json", "--out", pdf.toString(), "--paths", "64",
                "--threads", "1", "--scenarios", "base"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertFalse(new PDFTextStripper().getText(document).contains("Hedge: with and without"));
        }
    }
}

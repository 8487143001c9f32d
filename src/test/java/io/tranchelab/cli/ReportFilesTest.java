package io.tranchelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** report checks where it writes before it runs, and leaves a PDF and a CSV of the same run, or neither. */
class ReportFilesTest {

    @TempDir
    Path dir;
    private Path example;

    @BeforeEach
    void writeExample() throws IOException {
        example = Files.writeString(dir.resolve("example.json"), CliTest.EXAMPLE);
    }

    @Test
    void reportWritesTheReportAndTheMetrics() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        Path csv = dir.resolve("m.csv");
        CliRun run = CliRun.of("report", example.toString(), "--out", pdf.toString(), "--csv", csv.toString());
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 3, "structure page + base + C");
        }
        assertEquals(1 + 2 * 3, Files.readAllLines(csv).size(), "header + 2 scenarios x 3 tranches");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("example.json", "m.csv", "r.pdf"), files.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary file left");
        }
    }

    /**
     * Each bad target is refused with the option's name before anything runs: the scenario list
     * names a scenario that does not exist, and the file is not even read, yet the message is the target's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "root folder       | /                   |                   | --out / is a folder",
        "a folder          | DIR                 |                   | is a folder",
        "missing folder    | DIR/none/r.pdf      |                   | does not exist",
        "a device          | /dev/null           |                   | not a regular file",
        "csv a folder      | DIR/r.pdf           | DIR               | --csv",
        "the same file     | DIR/same            | DIR/./same        | --out and --csv name the same file",
        "the structure     | DIR/not-read.json   |                   | FILE and --out name the same file"})
    void badTargetsAreRefusedBeforeAnyRun(String name, String out, String csv, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("report", dir.resolve("not-read.json").toString(),
                "--scenarios", "Nope", "--out", out.replace("DIR", dir.toString())));
        if (csv != null) {
            args.addAll(List.of("--csv", csv.replace("DIR", dir.toString())));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.stderr());
        assertTrue(run.errorLine().contains(message), run.stderr());
        assertFalse(Files.exists(dir.resolve("r.pdf")));
    }

    @Test
    void outIsRequired() {
        CliRun run = CliRun.of("report", example.toString(), "--csv", dir.resolve("m.csv").toString());
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("tranchelab: report needs --out REPORT.pdf", run.errorLine());
        assertFalse(Files.exists(dir.resolve("m.csv")));
    }

    @Test
    void aFailedSecondFilePutsTheFirstBackAsItWas() throws IOException {
        Path pdf = Files.writeString(dir.resolve("r.pdf"), "old report");
        Path csv = dir.resolve("gone").resolve("m.csv"); // its folder does not exist: the write fails
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(pdf, "new report".getBytes(StandardCharsets.UTF_8));
        files.put(csv, "new metrics".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> ReportFiles.writeAll(files));
        assertArrayEquals("old report".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(pdf));
    }

    @Test
    void aFailedSecondFileRemovesTheFirstWhenItIsNew() {
        Path pdf = dir.resolve("r.pdf");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(pdf, "new report".getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve("gone").resolve("m.csv"), "new metrics".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> ReportFiles.writeAll(files));
        assertFalse(Files.exists(pdf));
    }
}

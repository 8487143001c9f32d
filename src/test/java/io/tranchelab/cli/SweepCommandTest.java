package io.tranchelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tranchelab.batch.SweepRunners;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep SPEC.json}: the in-process run, its table, and what it refuses in one line. */
class SweepCommandTest {

    private static final String SPEC = """
            {
              "schemaVersion": 1,
              "name": "CLI sweep",
              "structures": ["%s"],
              "variants": [
                {"pointer": "/assets/0/volatility", "values": [0.5, 0.9]},
                {"pointer": "/positions/0/liquidationCapacity", "values": [5000000, 20000000]}
              ],
              "scenarios": ["base", "Black Thursday (12 March 2020)"],
              "seeds": [1, 2],
              "paths": 200,
              "metrics": ["tranche:Senior:el", "pool:pBadDebt"]
            }
            """;

    @TempDir
    Path work;

    private Path spec;

    @BeforeEach
    void writeTheSpec() throws Exception {
        spec = Files.writeString(work.resolve("spec.json"),
                SPEC.formatted(Path.of("samples/eth-lending-book.json").toAbsolutePath()));
    }

    @Test
    void theTablePrintsOneCsvRowPerRunVariantThenScenarioThenSeed() {
        CliRun run = CliRun.of("sweep", spec.toString(), "--threads", "2");

        assertEquals(0, run.exitCode(), run.stderr());
        List<String> lines = run.stdout().lines().toList();
        assertEquals("structure,variant,/assets/0/volatility,/positions/0/liquidationCapacity,scenario,seed,"
                + "tranche:Senior:el,pool:pBadDebt", lines.get(0));
        List<String> keys = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            keys.add(cells[1] + " " + cells[2] + " " + cells[3] + " " + cells[4] + " " + cells[5]);
        }
        List<String> expected = new ArrayList<>();
        int variant = 0;
        for (String volatility : List.of("0.5", "0.9")) {
            for (String capacity : List.of("5000000.0", "2.0E7")) {
                for (String scenario : List.of("base", "Black Thursday (12 March 2020)")) {
                    for (String seed : List.of("1", "2")) {
                        expected.add(variant + " " + volatility + " " + capacity + " " + scenario + " " + seed);
                    }
                }
                variant++;
            }
        }
        assertEquals(expected, keys);
        assertTrue(run.stderr().contains("sweep: 100 % (16 of 16 runs)"), run.stderr());
    }

    @Test
    void theSameSpecGivesTheSameBytesOnAnyThreadCount() {
        CliRun one = CliRun.of("sweep", spec.toString(), "--threads", "1");
        CliRun four = CliRun.of("sweep", spec.toString(), "--threads", "4");

        assertEquals(one.stdout(), four.stdout());
    }

    @Test
    void jsonAndCsvFilesCarryTheSameRowsAndNumbers() throws Exception {
        Path csv = work.resolve("out.csv");
        Path json = work.resolve("out.json");

        assertEquals(0, CliRun.of("sweep", spec.toString(), "--out", csv.toString()).exitCode());
        assertEquals(0, CliRun.of("sweep", spec.toString(), "--out", json.toString()).exitCode());

        List<String> rows = Files.readAllLines(csv);
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertEquals(16, tree.get("rows").size());
        assertEquals("Senior EL", tree.get("metrics").get(0).get("label").asText());
        for (int i = 0; i < 16; i++) {
            String[] cells = rows.get(i + 1).split(",");
            JsonNode row = tree.get("rows").get(i);
            assertEquals(cells[4], row.get("scenario").asText());
            assertEquals(Double.parseDouble(cells[6]), row.get("values").get(0).doubleValue());
            assertEquals(Double.parseDouble(cells[7]), row.get("values").get(1).doubleValue());
            assertEquals(Double.parseDouble(cells[3]), row.get("overrides").get("/positions/0/liquidationCapacity")
                    .doubleValue());
        }
    }

    @Test
    void aBadSpecIsOneLineNamingItsPointer() throws Exception {
        Files.writeString(spec, Files.readString(spec).replace("/assets/0/volatility", "/assets/0/volatilty"));

        CliRun run = CliRun.of("sweep", spec.toString());

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("tranchelab: " + spec + ": /variants/0/pointer: no such parameter in eth-lending-book.json"
                + " ('/assets/0/volatilty')", run.errorLine());
        assertEquals("", run.stdout());
    }

    @Test
    void aMissingSpecIsOneLine() {
        CliRun run = CliRun.of("sweep", work.resolve("nothing.json").toString());

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.errorLine().endsWith("nothing.json: no such file"), run.stderr());
    }

    @Test
    void anOutFileThatIsNeitherCsvNorJsonIsRefusedBeforeTheRun() {
        CliRun run = CliRun.of("sweep", spec.toString(), "--out", work.resolve("table.txt").toString());

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.errorLine().endsWith("table.txt: name a .csv or a .json file"), run.stderr());
        assertFalse(run.stderr().contains("sweep: "), "no run started: " + run.stderr());
    }

    @Test
    void sweepAnswersHelpWithItsOptionsAndExamples() {
        CliRun run = CliRun.of("sweep", "--help");

        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        for (String text : List.of("Usage: tranchelab sweep", "--master", "--out", "--paths", "--threads",
                "Examples:", "spark-submit")) {
            assertTrue(run.stdout().contains(text), "sweep --help lacks " + text + ":\n" + run.stdout());
        }
        assertTrue(CliRun.of("--help").stdout().contains("  sweep "), "tranchelab --help lists sweep");
    }

    /** The default build has no Spark: a --master says in one line how to get the job jar. */
    @Test
    void aMasterWithoutTheJobJarIsOneLineSayingHowToBuildIt() {
        assumeTrue(SweepRunners.spark().isEmpty(), "this build has the Spark runner (-Pspark)");

        CliRun run = CliRun.of("sweep", spec.toString(), "--master", "local[2]");

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("tranchelab: Spark runs need the job jar: build it with mvn -Pspark package"),
                run.stderr());
        assertEquals(1, run.stderr().lines().filter(l -> l.startsWith("tranchelab: ")).count(), run.stderr());
    }

    @Test
    void blocksPerTaskWithoutAMasterIsRefusedBeforeAnyRun() {
        CliRun run = CliRun.of("sweep", spec.toString(), "--blocks-per-task", "2");

        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("tranchelab: --blocks-per-task cuts the runs of a sweep on Spark into tasks; without --master"
                + " the sweep runs in this process, where it has nothing to cut", run.stderr().strip());
    }
}

package io.tranchelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {

    /** docs/model.md §12's common set-up with a 10 % yield (example A) and a scenario for example C. */
    static final String EXAMPLE = """
            {
              "schemaVersion": 1,
              "name": "Worked example",
              "simulation": { "horizonYears": 1, "stepsPerYear": 1, "paths": 200, "seed": 7 },
              "assets": [ { "kind": "VOLATILE", "id": "X", "price": 1.0, "drift": 0.0, "volatility": 0.0 } ],
              "positions": [ { "kind": "YIELD", "name": "Yield", "asset": "X", "units": 100, "apr": 0.10 } ],
              "tranches": [
                { "name": "Senior", "share": 0.7, "coupon": 0.05 },
                { "name": "Mezzanine", "share": 0.2, "coupon": 0.10 },
                { "name": "Equity", "share": 0.1, "coupon": 0.0 } ],
              "waterfall": { "managementFee": 0.01, "reserveTarget": 0.02, "ocThreshold": 1.10 },
              "scenarios": [ { "name": "C", "shocks": [ { "kind": "PRICE", "asset": "X", "step": 1, "logReturn": -0.35667494393873245 } ] } ]
            }
            """;

    @TempDir
    Path dir;
    private Path example;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeExample() throws IOException {
        example = dir.resolve("example.json");
        Files.writeString(example, EXAMPLE);
    }

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void simulatePrintsATableWithEveryTranche() {
        assertEquals(Cli.OK, run("simulate", example.toString()));
        assertTrue(stdout().contains("Senior"), stdout());
        assertTrue(stdout().contains("Mezzanine"));
        assertTrue(stdout().contains("Equity"));
        assertTrue(stdout().contains("200 paths"));
    }

    @Test
    void simulateJsonCarriesTheWorkedExampleLossesUnderScenarioC() throws IOException {
        assertEquals(Cli.OK, run("simulate", example.toString(), "--scenario", "C", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(stdout());
        // docs/model.md §12 C: mezzanine loses 19.2 of 20, equity all of its 10, senior nothing
        assertEquals(0.0, json.at("/tranches/0/expectedLoss").asDouble(), 1e-12);
        assertEquals(0.96, json.at("/tranches/1/expectedLoss").asDouble(), 1e-12);
        assertEquals(1.0, json.at("/tranches/2/expectedLoss").asDouble(), 1e-12);
        assertEquals("C", json.at("/scenario").asText());
        assertTrue(json.at("/fans/nav/p50").isArray());
        assertTrue(json.at("/waterfall/fees").isArray());
        assertTrue(json.at("/trancheLosses").isMissingNode(), "per-path losses are left out of the report");
    }

    @Test
    void validateAcceptsAGoodFile() {
        assertEquals(Cli.OK, run("validate", example.toString()));
        assertTrue(stdout().contains("valid"));
    }

    @Test
    void validateListsEveryProblemWithItsPointerAndExits2() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, EXAMPLE.replace("\"share\": 0.2", "\"share\": 0.27"));
        assertEquals(Cli.BAD_INPUT, run("validate", bad.toString()));
        assertTrue(stderr().contains("/tranches"), stderr());
        assertTrue(stderr().contains("1.07"), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown command     | frobnicate                       | unknown command 'frobnicate'",
        "missing file        | simulate /nonexistent/file.json  | no such file",
        "non-numeric paths   | simulate EXAMPLE --paths many    | --paths must be a whole number",
        "paths out of range  | simulate EXAMPLE --paths 0       | --paths must be between 1",
        "unknown option      | simulate EXAMPLE --colour red    | unknown option --colour",
        "unknown scenario    | simulate EXAMPLE --scenario Nope | unknown scenario 'Nope'",
        "bad format          | simulate EXAMPLE --format xml    | --format must be table or json",
        "option needs value  | simulate EXAMPLE --seed          | --seed needs a value",
        "two files           | validate EXAMPLE EXAMPLE         | validate takes one FILE"})
    void badArgumentsGiveOneLineAndExit2(String name, String args, String message) {
        String[] argv = args.replace("EXAMPLE", example.toString()).trim().split("\\s+");
        assertEquals(Cli.BAD_INPUT, run(argv));
        String text = stderr().trim();
        assertTrue(text.contains(message), text);
        assertEquals(1, text.lines().count(), text);
    }

    /** Each kind of bad input the issue lists: exit 2, the field's pointer and what is wrong, no stack trace. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field     | \"seed\": 7 }                          | \"seed\": 7, \"sead\": 1 }             | /simulation/sead",
        "wrong type        | \"units\": 100                         | \"units\": \"lots\"                     | /positions/0/units",
        "NaN               | \"apr\": 0.10                          | \"apr\": NaN                          | /positions/0/apr",
        "negative size     | \"units\": 100                         | \"units\": -100                       | /positions/0/units",
        "shares off        | \"share\": 0.2                         | \"share\": 0.27                       | /tranches",
        "equity coupon     | \"coupon\": 0.0                        | \"coupon\": 0.03                      | /tranches/2/coupon",
        "unknown asset     | \"asset\": \"X\", \"units\"            | \"asset\": \"Y\", \"units\"            | /positions/0/asset"})
    void eachBadInputNamesItsFieldAndExits2(String name, String from, String to, String pointer) throws IOException {
        Path bad = dir.resolve("bad.json");
        String text = EXAMPLE.replace(from.trim(), to.trim());
        Files.writeString(bad, text);
        assertEquals(Cli.BAD_INPUT, run("validate", bad.toString()), text);
        assertTrue(stderr().contains(pointer + ":"), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
        assertFalse(stderr().contains("\tat "), stderr());
    }

    @Test
    void anEmptyTrancheListAndANonCorrelationMatrixAreRefused() throws IOException {
        String noTranches = EXAMPLE.replaceAll("(?s)\"tranches\": \\[.*?\\],", "\"tranches\": [],");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, noTranches);
        assertEquals(Cli.BAD_INPUT, run("validate", bad.toString()));
        assertTrue(stderr().contains("/tranches:"), stderr());

        String twoAssets = EXAMPLE.replace("\"volatility\": 0.0 } ],", "\"volatility\": 0.0 },"
                + " { \"kind\": \"VOLATILE\", \"id\": \"Z\", \"price\": 1.0, \"drift\": 0.0, \"volatility\": 0.1 } ],"
                + " \"correlations\": [[1.0, 1.5], [1.5, 1.0]],");
        Files.writeString(bad, twoAssets);
        err.reset();
        assertEquals(Cli.BAD_INPUT, run("validate", bad.toString()));
        assertTrue(stderr().contains("/correlations"), stderr());
    }

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",,\n}");
        assertEquals(Cli.BAD_INPUT, run("simulate", bad.toString()));
        assertTrue(stderr().contains("line 3"), stderr());
    }

    @Test
    void compareRunsEveryScenarioOnTheSamePathsWithDeltasToBase() throws IOException {
        assertEquals(Cli.OK, run("compare", example.toString(), "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(stdout());
        JsonNode scenarios = json.at("/structures/0/scenarios");
        assertEquals("base", scenarios.get(0).get("name").asText());
        assertEquals("C", scenarios.get(1).get("name").asText());
        // worked example C against A: the mezzanine goes from no loss to 96 %
        assertEquals(0.96, scenarios.get(1).at("/tranches/1/expectedLossDeltaToBase").asDouble(), 1e-12);
        assertEquals(0.0, scenarios.get(0).at("/tranches/1/expectedLossDeltaToBase").asDouble(), 0);
    }

    @Test
    void compareAgainstASecondStructureShowsTheDifference() throws IOException {
        Path b = dir.resolve("b.json");
        Files.writeString(b, EXAMPLE.replace("\"apr\": 0.10", "\"apr\": 0.05")); // example B
        assertEquals(Cli.OK, run("compare", example.toString(), "--against", b.toString()));
        assertTrue(stdout().contains("B - A"), stdout());
        // B's equity loses 15 % where A's loses nothing
        assertTrue(stdout().contains("Equity +15.00 %"), stdout());
    }

    @Test
    void benchReportsThroughput() {
        assertEquals(Cli.OK, run("bench", example.toString(), "--paths", "500", "--repeat", "1", "--warmup", "0"));
        assertTrue(stdout().contains("path-steps per second"), stdout());
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(Cli.OK, run("--help"));
        for (String command : new String[] {"simulate", "compare", "report", "validate", "bench"}) {
            assertTrue(stdout().contains("  " + command + " "), stdout());
        }
    }
}

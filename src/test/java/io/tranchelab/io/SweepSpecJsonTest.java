package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sweep spec (docs/format.md, "Sweep spec"): what it reads, and each bad input named by its pointer. */
class SweepSpecJsonTest {

    /** The samples folder: specs here name ../samples/eth-lending-book.json as a user's would. */
    private static final Path SAMPLES = Path.of("samples");

    private static final String GOOD = """
            {
              "schemaVersion": 1,
              "name": "two axes",
              "structures": ["eth-lending-book.json"],
              "variants": [
                {"pointer": "/assets/0/volatility", "from": 0.4, "to": 1.1, "steps": 8},
                {"pointer": "/positions/0/liquidationCapacity", "values": [5000000, 20000000]}
              ],
              "scenarios": ["base", "Black Thursday (12 March 2020)"],
              "seeds": [1, 9007199254740993],
              "paths": 500,
              "metrics": ["tranche:Senior:el", "pool:pBadDebt"]
            }
            """;

    @TempDir
    Path work;

    @Test
    void theShippedSampleSpecReadsAsSixtyFourVariantsOfTheLendingBook() throws Exception {
        SweepSpec spec = SweepSpecJson.read(SAMPLES.resolve("sweeps/lending-alignment.json"));

        assertEquals(1, spec.structures().size());
        assertEquals("ETH-collateralized lending book", spec.structures().get(0).structure().name());
        assertEquals(64, spec.variantCount());
        assertEquals(List.of(2_500_000.0, 5_000_000.0, 7_500_000.0, 10_000_000.0, 12_500_000.0, 15_000_000.0,
                17_500_000.0, 20_000_000.0), spec.axes().get(1).values());
    }

    @Test
    void aGridRunsFromItsStartToItsEndExactlyInEvenSteps() throws Exception {
        SweepSpec spec = parse(GOOD);

        List<Double> grid = spec.axes().get(0).values();
        assertEquals(8, grid.size());
        assertEquals(0.4, grid.get(0));
        assertEquals(1.1, grid.get(7)); // the end as written, not 0.4 + 7 x 0.1 rounded
        for (int i = 1; i < 8; i++) {
            assertEquals(0.1, grid.get(i) - grid.get(i - 1), 1e-12, "step " + i);
        }
        assertEquals("/variants/0", spec.axes().get(0).at());
        assertEquals(List.of(5e6, 2e7), spec.axes().get(1).values());
    }

    @Test
    void everyOtherFieldIsReadAsWritten() throws Exception {
        SweepSpec spec = parse(GOOD);

        assertEquals("two axes", spec.name());
        assertEquals(16, spec.variantCount());
        assertEquals(List.of("base", "Black Thursday (12 March 2020)"), spec.scenarios());
        assertEquals(List.of(1L, 9_007_199_254_740_993L), spec.seeds()); // past 2^53: read as a long, not a double
        assertEquals(500, spec.paths());
        assertEquals(List.of("tranche:Senior:el", "pool:pBadDebt"), spec.metrics());
        assertEquals(16L * 2 * 2, spec.cellCount());
    }

    @Test
    void withoutVariantsTheSpecSweepsTheStructureAsItIs() throws Exception {
        SweepSpec spec = parse(GOOD.replaceAll("(?s)\"variants\": \\[.*?\\],\\s*\"scenarios\"", "\"scenarios\""));

        assertTrue(spec.axes().isEmpty());
        assertEquals(1, spec.variantCount());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void eachBadSpecIsRefusedAtItsPointer(String change, String json, String pointer, String keyWords) {
        StructureFormatException refused = assertThrows(StructureFormatException.class, () -> parse(json));
        List<Problem> problems = refused.problems();
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals(pointer)
                        && Stream.of(keyWords.split("\\|")).allMatch(p.message()::contains)),
                () -> "expected a problem at " + pointer + " mentioning " + keyWords + ", got " + problems);
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                Arguments.of("a pointer to no parameter", GOOD.replace("/positions/0/liquidationCapacity",
                        "/positions/0/liquidationSpeed"), "/variants/1/pointer",
                        "no such parameter in eth-lending-book.json|/positions/0/liquidationSpeed"),
                Arguments.of("a pointer to a text", GOOD.replace("/assets/0/volatility", "/assets/0/id"),
                        "/variants/0/pointer", "is not a number in eth-lending-book.json"),
                Arguments.of("not a pointer", GOOD.replace("/assets/0/volatility", "assets.0.volatility"),
                        "/variants/0/pointer", "is not a JSON pointer"),
                Arguments.of("a grid of one step", GOOD.replace("\"steps\": 8", "\"steps\": 1"),
                        "/variants/0/steps", "from 2 to 10,000 steps"),
                Arguments.of("a grid without its end", GOOD.replace("\"to\": 1.1, ", ""),
                        "/variants/0/to", "missing required field"),
                Arguments.of("a misspelt grid field", GOOD.replace("\"steps\"", "\"step\""),
                        "/variants/0/step", "did you mean \"steps\"?"),
                Arguments.of("an empty list of values", GOOD.replace("[5000000, 20000000]", "[]"),
                        "/variants/1/values", "is empty"),
                Arguments.of("a text among the values", GOOD.replace("[5000000, 20000000]", "[5000000, \"x\"]"),
                        "/variants/1/values/1", "expected a number"),
                Arguments.of("an unknown scenario", GOOD.replace("\"base\", \"Black", "\"base\", \"Blak"),
                        "/scenarios/1", "no scenario 'Blak Thursday (12 March 2020)' in eth-lending-book.json"
                                + "|it has: base, Black Thursday"),
                Arguments.of("a scenario twice", GOOD.replace("\"Black Thursday (12 March 2020)\"", "\"base\""),
                        "/scenarios/1", "listed twice"),
                Arguments.of("no seeds", GOOD.replace("[1, 9007199254740993]", "[]"), "/seeds", "is empty"),
                Arguments.of("a fractional seed", GOOD.replace("[1, 9007199254740993]", "[1.5]"), "/seeds/0",
                        "a whole number is required"),
                Arguments.of("no paths", GOOD.replace("\"paths\": 500,", ""), "/paths", "missing required field"),
                Arguments.of("zero paths", GOOD.replace("\"paths\": 500", "\"paths\": 0"), "/paths",
                        "paths must be from 1 to 10,000,000"),
                Arguments.of("a metric that is not text", GOOD.replace("\"pool:pBadDebt\"", "7"), "/metrics/1",
                        "expected a string"),
                Arguments.of("a missing structure file", GOOD.replace("eth-lending-book.json", "nowhere.json"),
                        "/structures/0", "nowhere.json: no such file"),
                Arguments.of("a structure that is not valid", GOOD.replace("eth-lending-book.json",
                        "sweeps/lending-alignment.json"), "/structures/0",
                        "sweeps/lending-alignment.json: /structures: unknown field|and 9 more: tranchelab validate"),
                Arguments.of("an unknown top-level field", GOOD.replace("\"paths\"", "\"path\""), "/path",
                        "did you mean \"paths\"?"),
                Arguments.of("another version", GOOD.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
                        "/schemaVersion", "schemaVersion 1 only"),
                Arguments.of("too many variants", GOOD.replace("\"values\": [5000000, 20000000]}",
                        "\"from\": 1e6, \"to\": 2e7, \"steps\": 10000}, {\"pointer\": \"/assets/0/price\","
                                + " \"from\": 1000, \"to\": 5000, \"steps\": 20}"),
                        "/variants", "more than 100,000 variants"));
    }

    @Test
    void everyProblemIsFoundInOnePass() {
        String json = GOOD.replace("/positions/0/liquidationCapacity", "/positions/0/nothing")
                .replace("\"paths\": 500", "\"paths\": -1").replace("[1, 9007199254740993]", "[]");

        List<Problem> problems = assertThrows(StructureFormatException.class, () -> parse(json)).problems();

        assertEquals(List.of("/variants/1/pointer", "/seeds", "/paths"), problems.stream().map(Problem::pointer)
                .toList());
    }

    @Test
    void structurePathsAreRelativeToTheSpecsFolder() throws Exception {
        Path folder = Files.createDirectories(work.resolve("specs/deep"));
        Files.copy(SAMPLES.resolve("eth-lending-book.json"), work.resolve("specs/book.json"));
        Path spec = Files.writeString(folder.resolve("spec.json"), GOOD.replace("eth-lending-book.json",
                "../book.json"));

        assertEquals("../book.json", SweepSpecJson.read(spec).structures().get(0).file());
    }

    private static SweepSpec parse(String json) throws StructureFormatException {
        return SweepSpecJson.parse(json.getBytes(StandardCharsets.UTF_8), SAMPLES.toAbsolutePath());
    }
}

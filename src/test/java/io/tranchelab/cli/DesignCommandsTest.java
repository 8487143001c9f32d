package io.tranchelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tranchelab.design.Bump;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.Sensitivity;
import io.tranchelab.design.Tornado;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sensitivity and heatmap commands: what they print, and a sentence naming the field for bad input. */
class DesignCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private String example;

    @BeforeEach
    void writeExample() throws Exception {
        example = Files.writeString(dir.resolve("example.json"), CliTest.EXAMPLE).toString();
    }

    @Test
    void sensitivityAsJsonIsTheTornadoOfTheCore() throws Exception {
        CliRun run = CliRun.of("sensitivity", example, "--scenario", "C", "--metric", "tranche:Mezzanine:el",
                "--paths", "50", "--seed", "3", "--format", "json");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        JsonNode json = JSON.readTree(run.stdout());
        Structure structure = StructureJson.parse(CliTest.EXAMPLE);
        Tornado core = Sensitivity.tornado(structure, MetricSpec.parse("tranche:Mezzanine:el"), Bump.DEFAULT,
                new DesignRun("C", List.of(3L), 50), 1, ProgressListener.NONE, CancellationToken.none());
        assertEquals(core.base(), json.get("base").asDouble());
        assertEquals(core.bars().size(), json.get("bars").size());
        for (int i = 0; i < core.bars().size(); i++) {
            assertEquals(core.bars().get(i).pointer(), json.at("/bars/" + i + "/pointer").asText());
            assertEquals(core.bars().get(i).highValue(), json.at("/bars/" + i + "/highValue").asDouble());
        }
        assertEquals(core.skipped().size(), json.get("skipped").size());
    }

    @Test
    void sensitivityAsATableAndAsCsv() {
        CliRun table = CliRun.of("sensitivity", example, "--scenario", "C", "--paths", "20", "--bump", "20%",
                "--timing");
        assertEquals(Cli.OK, table.exitCode(), table.stderr());
        assertTrue(table.stdout().contains("Senior EL, bumps of ±20 %"), table.stdout());
        assertTrue(table.stdout().contains("Senior share"), table.stdout());
        assertTrue(table.stdout().contains("timing: "), table.stdout());
        CliRun csv = CliRun.of("sensitivity", example, "--paths", "20", "--step", "0.01", "--format", "csv");
        assertEquals(Cli.OK, csv.exitCode(), csv.stderr());
        assertTrue(csv.stdout().startsWith("rank,pointer,parameter,baseInput,lowInput,highInput"), csv.stdout());
    }

    @Test
    void heatmapAsJsonHasTheGridThePointAndTheContour() throws Exception {
        CliRun run = CliRun.of("heatmap", example, "--scenario", "C", "--x", "/tranches/0/share", "--x-range",
                "0.5:0.9:3", "--y", "/assets/0/price", "--y-range", "0.8:1.2:3", "--target", "BBB", "--paths", "20",
                "--format", "json");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        JsonNode json = JSON.readTree(run.stdout());
        assertEquals(3, json.get("values").size());
        assertEquals(3, json.at("/values/0").size());
        assertEquals(0.7, json.at("/x/current").asDouble());
        assertEquals(0.5, json.at("/x/values/0").asDouble());
        assertEquals("rating BBB or better", json.at("/target/label").asText());
        assertTrue(json.has("contour"));
        for (JsonNode row : json.get("values")) {
            for (JsonNode v : row) {
                assertTrue(v.isNumber() && !Double.isNaN(v.asDouble()), json.toString());
            }
        }
    }

    @Test
    void heatmapAsATableMarksThePointsThatMissTheTarget() {
        CliRun run = CliRun.of("heatmap", example, "--scenario", "C", "--x", "/tranches/0/share", "--x-range",
                "0.5:0.95:4", "--y", "/tranches/0/coupon", "--y-range", "0.01:0.1:2", "--target", "0.01%",
                "--paths", "20");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("target: Senior EL at most 0.010 %"), run.stdout());
        assertTrue(run.stdout().contains("*"), run.stdout());
        assertTrue(run.stdout().contains("current structure: Senior share 70.00 %"), run.stdout());
    }

    @Test
    void bothChartsAreWrittenAsPngAndSvgAndJsonKeepsStdoutToItself() throws Exception {
        Path png = dir.resolve("tornado.png");
        Path svg = dir.resolve("map.svg");
        CliRun tornado = CliRun.of("sensitivity", example, "--scenario", "C", "--paths", "20", "--png", png.toString(),
                "--format", "json");
        assertEquals(Cli.OK, tornado.exitCode(), tornado.stderr());
        JSON.readTree(tornado.stdout()); // nothing but the JSON on stdout
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G');
        CliRun map = CliRun.of("heatmap", example, "--x", "/tranches/0/share", "--x-range", "0.5:0.9:3", "--y",
                "/assets/0/price", "--y-range", "0.8:1.2:3", "--paths", "20", "--svg", svg.toString());
        assertEquals(Cli.OK, map.exitCode(), map.stderr());
        assertTrue(map.stdout().contains("wrote " + svg), map.stdout());
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void aChartFileThatCannotBeWrittenIsRefused() {
        CliRun run = CliRun.of("sensitivity", example, "--paths", "20", "--png", dir.toString());
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.stderr());
        assertTrue(run.errorLine().contains("--png " + dir + " is a folder"), run.stderr());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sensitivity FILE --metric tranche:Junior:el | --metric",
            "sensitivity FILE --metric pool:nope | --metric",
            "sensitivity FILE --bump 10 | --bump 10: write a percentage",
            "sensitivity FILE --bump 10% --step 0.1 | --bump and --step",
            "sensitivity FILE --step -1 | --step must be greater than 0",
            "sensitivity FILE --scenario Nowhere | --scenario unknown scenario 'Nowhere'",
            "sensitivity FILE --format xml | --format must be table, json or csv",
            "heatmap FILE --x /assets/0/price | --y the structure has no loan book",
            "heatmap FILE --x /assets/0/volatilty --y /tranches/0/share | /assets/0/volatilty",
            "heatmap FILE --x /assets/0/volatility --x-range 0.1:0.5 --y /tranches/0/share | --x-range must be FROM:TO:N",
            "heatmap FILE --x /assets/0/volatility --x-range 0.1:zero:3 --y /tranches/0/share | --x-range must be a number",
            "heatmap FILE --x /assets/0/volatility --x-range 0.1:9:3 --y /tranches/0/share | /assets/0/volatility",
            "heatmap FILE --x /tranches/0/share --y /tranches/0/share | --y /tranches/0/share is also the x axis",
            "heatmap FILE --x /assets/0/price --y /tranches/0/share --target Z | --target unknown rating 'Z'",
            "heatmap FILE --x /assets/0/price --y /tranches/0/share --metric pool:pBadDebt --target A | a rating target needs",
            "heatmap FILE --x /assets/0/volatility --y /tranches/0/share | --x /assets/0/volatility: is 0"})
    void badInputIsOneSentenceNamingTheFieldAndExitTwo(String args, String named) {
        String[] argv = args.replace("FILE", example).split(" ");
        CliRun run = CliRun.of(argv);
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.stdout() + run.stderr());
        assertTrue(run.errorLine().contains(named), run.stderr());
        assertFalse(run.stderr().contains("Exception"), run.stderr());
    }

    @ParameterizedTest(name = "{0} --help")
    @CsvSource(delimiter = '|', value = {
            "sensitivity | --metric --bump --step --scenario --format --timing --png --svg --paths --seed --threads",
            "heatmap     | --x --x-range --y --y-range --target --metric --scenario --format --png --svg --paths"})
    void bothCommandsExplainThemselves(String command, String options) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("Examples:" + System.lineSeparator() + "  tranchelab " + command),
                run.stdout());
        for (String option : options.split(" ")) {
            assertTrue(run.stdout().contains(option), command + " lacks " + option);
        }
    }
}

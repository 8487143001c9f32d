package io.tranchelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.format.SafeText;
import io.tranchelab.model.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11: a file cannot drive the terminal through the CLI. Names holding ESC, BEL, NUL, a line
 * break or a C1 control are printed visibly; long messages and lists are cut with a count.
 */
class TerminalSafetyTest {

    /** Sets the window title, clears the screen and prints a fake line, in that order. */
    static final String HOSTILE = "Deal\u001b]0;pwned\u0007\u001b[2J\nFAKE: all tranches AAA\u0000\u009b31m\u202e";

    @TempDir
    Path dir;

    private Path hostileFile() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode structure = (ObjectNode) mapper.readTree(CliTest.EXAMPLE);
        structure.put("name", HOSTILE);
        ((ObjectNode) structure.at("/tranches/0")).put("name", "\u001b[31mSenior");
        ((ObjectNode) structure.at("/scenarios/0")).put("name", "C\u0007");
        return Files.writeString(dir.resolve("hostile.json"), mapper.writeValueAsString(structure));
    }

    private static void assertNoControlCharacters(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r';
            assertTrue(lineEnd || !SafeText.needsEscape(c),
                    "U+" + Integer.toHexString(c) + " printed at " + i + ": " + SafeText.visible(printed));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"simulate", "compare"})
    void tablesShowControlCharactersVisibly(String command) throws Exception {
        CliRun run = CliRun.of(command, hostileFile().toString());
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        assertNoControlCharacters(run.stdout());
        assertTrue(run.stdout().contains("Deal\\u001b]0;pwned\\u0007\\u001b[2J\\nFAKE"), run.stdout());
        assertTrue(run.stdout().contains("\\u001b[31mSenior"), run.stdout());
        assertFalse(run.stdout().lines().anyMatch(l -> l.startsWith("FAKE")), "no forged line");
    }

    @ParameterizedTest(name = "{0} --format json")
    @ValueSource(strings = {"simulate", "compare"})
    void jsonEscapesControlCharactersAndReadsBackToTheSameNames(String command) throws Exception {
        CliRun run = CliRun.of(command, hostileFile().toString(), "--format", "json");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        assertNoControlCharacters(run.stdout());
        JsonNode json = new ObjectMapper().readTree(run.stdout());
        String name = command.equals("simulate") ? json.at("/structureName").asText()
                : json.at("/structures/0/name").asText();
        assertEquals(HOSTILE, name);
    }

    @Test
    void problemsQuotingTheFileAreEscapedToo() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                CliTest.EXAMPLE.replace("\"seed\": 7 }", "\"seed\": 7, \"x\\u001b[2J\\u0007\": 1 }"));
        CliRun run = CliRun.of("validate", bad.toString());
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertNoControlCharacters(run.stderr());
        assertTrue(run.stderr().contains("x\\u001b[2J\\u0007"), run.stderr());
    }

    @Test
    void anUnknownScenarioListsAFewNamesAndCountsTheRest() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode structure = (ObjectNode) mapper.readTree(CliTest.EXAMPLE);
        ArrayNode scenarios = structure.putArray("scenarios");
        for (int i = 0; i < Limits.MAX_SCENARIOS; i++) {
            scenarios.addObject().put("name", "Scenario " + i + " " + "x".repeat(40)).putArray("shocks");
        }
        Path file = Files.writeString(dir.resolve("many.json"), mapper.writeValueAsString(structure));
        CliRun run = CliRun.of("simulate", file.toString(), "--scenario", "Nope");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        String line = run.errorLine();
        assertTrue(line.contains("unknown scenario 'Nope'"), line);
        assertTrue(line.contains("… and " + (Limits.MAX_SCENARIOS + 1 - 10) + " more"), line); // base + 100, 10 named
        assertTrue(line.length() <= "tranchelab: ".length() + SafeText.MESSAGE_LIMIT + 40, line.length() + " chars");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\u001b[2Jx", "help \u001b[2Jx", "simulate --format \u001b[2Jx", "simulate \u001b[2Jx"})
    void argumentsQuotedInMessagesAreEscaped(String args) {
        CliRun run = CliRun.of(args.split(" "));
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        String line = run.errorLine();
        assertNoControlCharacters(line);
        assertTrue(line.contains("'\\u001b[2Jx'") || line.contains("\\u001b[2Jx: no such file"), line);
        assertFalse(line.startsWith("tranchelab: tranchelab:"), line);
    }

    @Test
    void aLongArgumentIsCutInTheMessage() {
        CliRun run = CliRun.of("simulate", "missing-" + "y".repeat(200_000) + ".json");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        String line = run.errorLine();
        assertTrue(line.length() < 600, line.length() + " chars");
        assertTrue(line.contains("more characters)"), line);
    }

    @Test
    void validateListsTheFirstProblemsAndCountsTheRest() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode structure = (ObjectNode) mapper.readTree(CliTest.EXAMPLE);
        ArrayNode positions = structure.putArray("positions");
        for (int i = 0; i < 500; i++) {
            positions.addObject().put("kind", "YIELD").put("name", "P" + i).put("asset", "X").put("units", -1)
                    .put("apr", 0.1);
        }
        Path file = Files.writeString(dir.resolve("many.json"), mapper.writeValueAsString(structure));
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        var lines = run.stderr().lines().toList();
        assertEquals(Terminal.PROBLEM_LINES + 1, lines.size(), run.stderr());
        assertTrue(lines.get(0).contains("/positions/0/units"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).matches("… and [0-9,]+ more problems"), lines.get(lines.size() - 1));
    }
}

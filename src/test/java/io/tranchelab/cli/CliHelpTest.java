package io.tranchelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Every command explains itself; README, help and behaviour agree. */
class CliHelpTest {

    @ParameterizedTest(name = "{0} --help")
    @CsvSource(delimiter = '|', value = {
        "simulate | --paths --seed --threads --scenario --format",
        "compare  | --scenarios --against --paths --seed --threads --format",
        "report   | --out --csv --scenarios --paths --seed --threads",
        "validate | --help",
        "bench    | --paths --threads --repeat --warmup"})
    void everyCommandAnswersHelpWithItsOptionsAndExamples(String command, String options) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("Usage: tranchelab " + command), run.stdout());
        assertTrue(run.stdout().contains("Examples:\n  tranchelab " + command)
                || run.stdout().contains("Examples:" + System.lineSeparator() + "  tranchelab " + command), run.stdout());
        for (String option : options.split(" ")) {
            assertTrue(run.stdout().contains(option), command + " --help lacks " + option + ":\n" + run.stdout());
        }
        assertEquals(run.stdout(), CliRun.of("help", command).stdout(), "help COMMAND says the same");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionIsThePomsVersion(String flag) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        String version = null;
        for (int i = 0; i < project.getChildNodes().getLength(); i++) {
            if (project.getChildNodes().item(i) instanceof Element child && child.getTagName().equals("version")) {
                version = child.getTextContent().trim();
            }
        }
        CliRun run = CliRun.of(flag);
        assertEquals(Cli.OK, run.exitCode());
        assertEquals("tranchelab " + version, run.stdout().strip());
    }

    /** Each option README's command-line section shows for a command is one the command accepts. */
    @Test
    void readmeShowsOnlyOptionsTheCommandsHave() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Command line"));
        section = section.substring(section.indexOf("```") + 3);
        section = section.substring(0, section.indexOf("```"));
        Pattern line = Pattern.compile("tranchelab\\.jar (\\w+)(.*)");
        Pattern option = Pattern.compile("--[a-z][a-z-]*[a-z]");
        List<String> checked = new ArrayList<>();
        for (String text : section.lines().toList()) {
            Matcher command = line.matcher(text);
            if (!command.find()) {
                continue;
            }
            String help = CliRun.of(command.group(1), "--help").stdout();
            Matcher options = option.matcher(command.group(2));
            while (options.find()) {
                assertTrue(help.contains(options.group() + "="), command.group(1) + " has no " + options.group());
                checked.add(command.group(1) + " " + options.group());
            }
        }
        assertTrue(checked.size() >= 15, "README's options: " + checked);
    }

    @ParameterizedTest(name = "--scenarios \"{0}\"")
    @ValueSource(strings = {"base,C", "base;C", " base ; C ", "base, C"})
    void commasAndSemicolonsBothSeparateScenarios(String list, @TempDir Path dir) throws Exception {
        Path example = Files.writeString(dir.resolve("example.json"), CliTest.EXAMPLE);
        CliRun run = CliRun.of("compare", example.toString(), "--scenarios", list, "--format", "json");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        JsonNode scenarios = new ObjectMapper().readTree(run.stdout()).at("/structures/0/scenarios");
        assertEquals(2, scenarios.size());
        assertEquals("base", scenarios.get(0).get("name").asText());
        assertEquals("C", scenarios.get(1).get("name").asText());
    }

    @Test
    void aScenarioWhoseNameHoldsACommaCanBeNamedAlone(@TempDir Path dir) throws Exception {
        Path example = Files.writeString(dir.resolve("example.json"),
                CliTest.EXAMPLE.replace("\"name\": \"C\"", "\"name\": \"Crash, then recovery\""));
        CliRun alone = CliRun.of("compare", example.toString(), "--scenarios", "Crash, then recovery",
                "--format", "json");
        assertEquals(Cli.OK, alone.exitCode(), alone.stderr());
        CliRun withBase = CliRun.of("compare", example.toString(), "--scenarios", "base;Crash, then recovery",
                "--format", "json");
        assertEquals(Cli.OK, withBase.exitCode(), withBase.stderr());
        assertEquals("Crash, then recovery",
                new ObjectMapper().readTree(withBase.stdout()).at("/structures/0/scenarios/1/name").asText());
    }
}

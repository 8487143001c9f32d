package io.tranchelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10's user errors that ended as "internal error" (exit 1) or a stack trace: now a sentence and exit 2. */
class ExitCodeTest {

    @TempDir
    Path dir;

    /** Runs tranchelab's main class in a child JVM with the environment changed as given. */
    private static Result child(Map<String, String> set, List<String> unset, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.tranchelab.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        unset.forEach(builder.environment()::remove);
        builder.environment().putAll(set);
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        return new Result(process.exitValue(), new String(process.getErrorStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String stderr) {
    }

    @Test
    void aFileNameTheSystemCannotEncodeIsASentence() throws Exception {
        Path file = Files.writeString(dir.resolve("d\u00e9al.json"), CliTest.EXAMPLE);
        Result result = child(Map.of("LC_ALL", "C", "LANG", "C"), List.of(), "validate", file.toString());
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.stderr());
        assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
        assertTrue(result.stderr().contains("cannot be used as a file name here"), result.stderr());
        assertTrue(result.stderr().contains("UTF-8"), result.stderr());

        Result workbench = child(Map.of("LC_ALL", "C", "LANG", "C"), List.of(), file.toString());
        assertEquals(Cli.BAD_INPUT, workbench.exitCode(), workbench.stderr());
        assertTrue(workbench.stderr().contains("cannot be used as a file name here"), workbench.stderr());
    }

    @Test
    void aMissingJsonFileIsNamedAsSuch() {
        CliRun run = CliRun.of("deal.json");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.errorLine().startsWith("tranchelab: deal.json: no such file"), run.stderr());
    }

    @Test
    void anAtSignIsPartOfAFileNameNotAFileOfArguments() throws IOException {
        Path arguments = Files.writeString(dir.resolve("args"), "--paths\n1\n");
        CliRun run = CliRun.of("simulate", "@" + arguments);
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.errorLine().contains("@" + arguments + ": no such file"), run.stderr());
    }

    @Test
    void aFileNameWithANulIsASentence() {
        CliRun run = CliRun.of("simulate", "deal\u0000.json");
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.stderr());
        assertTrue(run.errorLine().contains("cannot be used as a file name"), run.stderr());
        assertTrue(run.errorLine().contains("deal\\u0000.json"), run.stderr());
    }

    @Test
    void theWorkbenchWithoutADisplaySaysSoInOneSentence() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "the check is Linux's");
        Result result = child(Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"));
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.stderr());
        assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
        assertTrue(result.stderr().contains("needs a display"), result.stderr());
        assertTrue(result.stderr().contains("tranchelab --help"), result.stderr());
        assertFalse(result.stderr().contains("Exception"), result.stderr());
    }

    @Test
    void aDisplayIsMissingOnlyOnLinuxWithNeitherX11NorWayland() {
        Properties none = new Properties();
        assertTrue(WorkbenchDisplay.missing("Linux", Map.of(), none).isPresent());
        assertTrue(WorkbenchDisplay.missing("Linux", Map.of("DISPLAY", " "), none).isPresent());
        assertFalse(WorkbenchDisplay.missing("Linux", Map.of("DISPLAY", ":0"), none).isPresent());
        assertFalse(WorkbenchDisplay.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), none).isPresent());
        assertFalse(WorkbenchDisplay.missing("Mac OS X", Map.of(), none).isPresent());
        assertFalse(WorkbenchDisplay.missing("Windows 11", Map.of(), none).isPresent());
        Properties monocle = new Properties();
        monocle.setProperty("glass.platform", "Monocle");
        assertFalse(WorkbenchDisplay.missing("Linux", Map.of(), monocle).isPresent(), "headless toolkit");
    }

    @Test
    void theToolkitsOwnRefusalIsASentenceToo() {
        var err = new java.io.ByteArrayOutputStream();
        int code = WorkbenchDisplay.open(() -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }, new java.io.PrintStream(err, true, StandardCharsets.UTF_8), java.util.Optional.empty());
        assertEquals(Cli.BAD_INPUT, code);
        String text = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("Unable to open DISPLAY") && text.contains("tranchelab --help"), text);
    }

    @Test
    void aBenchTooBigForMemoryIsRefusedWithTheFigures() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode structure = (ObjectNode) mapper.readTree(CliTest.EXAMPLE);
        ArrayNode tranches = structure.putArray("tranches");
        for (int i = 0; i < 20; i++) {
            tranches.addObject().put("name", "T" + i).put("share", 0.05).put("coupon", i == 19 ? 0.0 : 0.01);
        }
        Path file = Files.writeString(dir.resolve("wide.json"), mapper.writeValueAsString(structure));
        CliRun run = CliRun.of("bench", file.toString(), "--paths", "10000000", "--warmup", "0", "--repeat", "1");
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.stderr());
        assertTrue(run.errorLine().contains("memory"), run.stderr());
        assertFalse(run.stderr().contains("internal error"), run.stderr());
    }
}

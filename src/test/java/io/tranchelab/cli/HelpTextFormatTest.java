package io.tranchelab.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Picocli reads help texts as format strings: a bare "10%" or "10 % by" makes it warn on stderr
 * and print the text raw (with "%n" left in). Every command's help must format cleanly.
 */
class HelpTextFormatTest {

    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        List<String> commands = new ArrayList<>(new CommandLine(new TrancheLabCommand(
                new Terminal(System.out, System.err))).getSubcommands().keySet());
        commands.add(0, "");
        assertTrue(commands.size() > 10, commands.toString());
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String command : commands) {
                CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
                assertEquals(Cli.OK, run.exitCode(), command + ": " + run.stderr());
                assertFalse(run.stdout().contains("%n") || run.stdout().contains("%%"), command + ":\n" + run.stdout());
            }
        } finally {
            System.setErr(original);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("picocli WARN"), warnings);
    }
}

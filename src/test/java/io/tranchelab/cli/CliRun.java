package io.tranchelab.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the CLI: its exit code and what it printed. */
record CliRun(int exitCode, String stdout, String stderr) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The single line on stderr, or a failure saying there were more. */
    String errorLine() {
        String text = stderr.strip();
        if (text.lines().count() != 1) {
            throw new AssertionError("expected one line on stderr, got:\n" + text);
        }
        return text;
    }
}

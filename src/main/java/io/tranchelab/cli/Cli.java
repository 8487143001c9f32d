package io.tranchelab.cli;

import io.tranchelab.format.Formats;
import io.tranchelab.format.SafeText;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Command-line front end: {@code simulate}, {@code compare}, {@code report}, {@code validate},
 * {@code bench}, each defined once with picocli (options, help, examples). Exit codes: 0 done,
 * 2 bad arguments or input (one line on stderr naming the field, or one line per problem for
 * validate), 1 an unexpected failure (a one-line message, never a stack trace).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** The CLI on this process's stdout and stderr; the exit code to end with. */
    public static int runOnConsole(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Terminal terminal = new Terminal(out, err);
        CommandLine commandLine = new CommandLine(new TrancheLabCommand(terminal))
                .setExpandAtFiles(false) // "@deal.json" is a file name, not a file of arguments
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler((e, argv) -> {
                    terminal.error(describe(e));
                    return BAD_INPUT;
                })
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof UsageException) {
                        terminal.error(e.getMessage());
                        return BAD_INPUT;
                    }
                    terminal.error("internal error: " + e);
                    return FAILED;
                });
        try {
            return commandLine.execute(args);
        } catch (RuntimeException e) { // an exception handler itself failed
            terminal.error("internal error: " + e);
            return FAILED;
        } catch (OutOfMemoryError e) { // past the core's own estimate (RunMemory): still the input's size
            terminal.error("out of memory (Java may use " + Formats.count(Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB): run fewer paths (--paths) or give Java more memory (java -Xmx4g ...)");
            return BAD_INPUT;
        }
    }

    /** picocli's complaint about the command line as one sentence naming the option or command. */
    static String describe(ParameterException e) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandName();
        ArgSpec arg = e.getArgSpec();
        if (e.getCause() instanceof TypeConversionException conversion && arg instanceof OptionSpec option) {
            return option.longestName() + " " + conversion.getMessage();
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec first = missing.getMissing().get(0);
            if (first instanceof OptionSpec option) {
                return e.getMessage().startsWith("Missing required option")
                        ? name + " needs " + option.longestName() + " " + option.paramLabel()
                        : option.longestName() + " needs a value";
            }
            return fileCount(command);
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (command.getParent() == null && !first.startsWith("-")) {
                if (first.toLowerCase(Locale.ROOT).endsWith(".json")) {
                    return notAStructureFile(first);
                }
                return "unknown command '" + first + "' (commands: "
                        + String.join(", ", commandNames(command)) + "; tranchelab --help lists them)";
            }
            if (first.startsWith("-")) {
                String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                return name + ": unknown option " + option + " (allowed: "
                        + String.join(", ", command.getCommandSpec().options().stream()
                                .map(OptionSpec::longestName).sorted().toList()) + ")";
            }
            return fileCount(command);
        }
        return (command.getParent() == null ? "" : name + ": ") + e.getMessage();
    }

    /** The jar opens an existing FILE.json in the workbench; the CLI sees only those that are not there. */
    private static String notAStructureFile(String file) {
        try {
            path("FILE", file);
        } catch (UsageException e) {
            return e.getMessage();
        }
        return file + ": no such file (an existing FILE.json opens in the workbench; tranchelab --help lists"
                + " the commands)";
    }

    private static List<String> commandNames(CommandLine top) {
        return top.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
    }

    /** "simulate takes one FILE", "bench takes at most one FILE": from the command's own positional. */
    private static String fileCount(CommandLine command) {
        List<PositionalParamSpec> positionals = command.getCommandSpec().positionalParameters();
        if (positionals.isEmpty()) {
            return command.getCommandName() + " takes no FILE";
        }
        PositionalParamSpec file = positionals.get(0);
        return command.getCommandName() + (file.arity().min == 0 ? " takes at most one " : " takes one ")
                + file.paramLabel();
    }

    /**
     * A path from the command line, or a sentence saying why it cannot be one: a name the system
     * cannot encode (a non-ASCII name under LANG=C) or one with a NUL in it.
     */
    static Path path(String what, String text) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            String encoding = System.getProperty("sun.jnu.encoding", "");
            boolean unmappable = e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("unmappable");
            throw new UsageException(what + " '" + text + "' cannot be used as a file name here"
                    + (unmappable
                    ? ": it has characters the system's file-name encoding (" + encoding + ") cannot hold;"
                            + " run with a UTF-8 locale, e.g. LANG=C.UTF-8, or rename the file"
                    : " (" + e.getReason() + ")"));
        }
    }

    /** Loads a structure, turning every way it can fail into a one-line message. */
    static Structure load(String file) throws UsageException {
        try {
            return StructureJson.read(path("FILE", file));
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (StructureFormatException e) {
            throw new UsageException(file + ": " + summary(e.problems()));
        }
    }

    /**
     * Loads a structure for a command that lists every problem of a bad file (validate, scores): on
     * a format error, one line per problem on stderr and empty; a missing or unreadable file is a
     * usage error, as in {@link #load}.
     */
    static Optional<Structure> loadListingProblems(String file, Terminal out) throws UsageException {
        try {
            return Optional.of(StructureJson.read(path("FILE", file)));
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (StructureFormatException e) {
            out.problems(e.problems().stream().map(Problem::toString).map(p -> file + ": " + p).toList());
            return Optional.empty();
        }
    }

    static Structure loadBuiltIn(String resource) throws UsageException {
        try (InputStream in = Cli.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UsageException("built-in structure " + resource + " is missing from this build");
            }
            return StructureJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | StructureFormatException e) {
            throw new UsageException("built-in structure " + resource + " cannot be read: " + e.getMessage());
        }
    }

    /** The first problem, and how many more: validate lists them all. */
    private static String summary(List<Problem> problems) {
        String first = problems.get(0).toString();
        if (problems.size() == 1) {
            return first;
        }
        int more = problems.size() - 1;
        return SafeText.line(first, SafeText.MESSAGE_LIMIT / 2) + " (and " + Formats.count(more)
                + (more == 1 ? " more problem" : " more problems") + ": tranchelab validate lists them)";
    }
}

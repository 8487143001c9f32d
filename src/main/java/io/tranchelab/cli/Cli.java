package io.tranchelab.cli;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line front end: {@code simulate}, {@code validate}, {@code bench}. Exit codes: 0 done,
 * 2 bad arguments or input (one line on stderr, or one line per problem for validate),
 * 1 an unexpected failure (a one-line message, never a stack trace).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: tranchelab <command> [options]",
            "  simulate FILE [--paths N] [--seed S] [--threads T] [--scenario NAME] [--format table|json]",
            "  compare FILE [--scenarios a,b,c] [--against FILE2] [--paths N] [--seed S] [--format table|json]",
            "  report FILE --out REPORT.pdf [--scenarios a,b,c] [--csv METRICS.csv] [--paths N] [--seed S]",
            "  validate FILE",
            "  bench [FILE] [--paths N] [--threads T] [--repeat R]",
            "  (no command, or FILE.json: open the workbench)");

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            out.println(USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "simulate" -> new SimulateCommand(out).run(rest);
                case "compare" -> new CompareCommand(out).run(rest);
                case "report" -> new ReportCommand(out).run(rest);
                case "validate" -> new ValidateCommand(out, err).run(rest);
                case "bench" -> new BenchCommand(out).run(rest);
                default -> throw new UsageException("unknown command '" + args[0]
                        + "' (commands: simulate, compare, report, validate, bench)");
            };
        } catch (UsageException e) {
            err.println("tranchelab: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("tranchelab: internal error: " + e);
            return FAILED;
        }
    }

    /** Loads a structure, turning every way it can fail into a one-line message. */
    static Structure load(String file) throws UsageException {
        try {
            return StructureJson.read(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (StructureFormatException e) {
            throw new UsageException(file + ": " + summary(e.problems()));
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


    private static String summary(List<Problem> problems) {
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}

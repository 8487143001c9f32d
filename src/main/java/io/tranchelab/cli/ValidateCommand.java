package io.tranchelab.cli;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

/** {@code validate FILE}: exit 0 when the structure loads, else 2 with its problems on stderr. */
@Command(name = "validate", header = "Check a structure: exit 0, or 2 with its problems.",
        mixinStandardHelpOptions = true,
        description = {"Checks a structure without running it: exit 0 when it is valid, else 2 with one line"
                + " per problem on stderr, each naming its field as a JSON pointer (the first "
                + Terminal.PROBLEM_LINES + ", then how many more)."},
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab validate deal.json && echo ok"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Override
    public Integer call() throws UsageException {
        Terminal out = parent.terminal;
        try {
            StructureJson.read(Cli.path("FILE", file));
            out.println(file + ": valid");
            return Cli.OK;
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (StructureFormatException e) {
            out.problems(e.problems().stream().map(Problem::toString).map(p -> file + ": " + p).toList());
            return Cli.BAD_INPUT;
        }
    }
}

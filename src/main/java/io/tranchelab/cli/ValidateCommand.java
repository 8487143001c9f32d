package io.tranchelab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

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
        if (Cli.loadListingProblems(file, parent.terminal).isEmpty()) {
            return Cli.BAD_INPUT;
        }
        parent.terminal.println(file + ": valid");
        return Cli.OK;
    }
}

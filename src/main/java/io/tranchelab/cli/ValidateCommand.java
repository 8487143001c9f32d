package io.tranchelab.cli;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code validate FILE}: exit 0 when the structure loads, else 2 with every problem on stderr. */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = new Arguments("validate", args, Set.of());
        if (arguments.positionals().size() != 1) {
            throw new UsageException("validate takes one FILE");
        }
        String file = arguments.positionals().get(0);
        try {
            StructureJson.read(Path.of(file));
            out.println(file + ": valid");
            return Cli.OK;
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (StructureFormatException e) {
            for (Problem problem : e.problems()) {
                err.println(file + ": " + problem);
            }
            return Cli.BAD_INPUT;
        }
    }
}

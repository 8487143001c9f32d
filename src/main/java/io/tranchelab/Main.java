package io.tranchelab;

import io.tranchelab.cli.Cli;
import io.tranchelab.cli.WorkbenchDisplay;
import io.tranchelab.ui.WorkbenchLauncher;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Entry point of tranchelab.jar: with a subcommand it is the CLI, with none (or a file, or
 * --snapshot) it starts the workbench. Kept free of JavaFX types so the CLI runs without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (startsWorkbench(args)) {
            int status = WorkbenchDisplay.open(() -> WorkbenchLauncher.launch(args));
            if (status != Cli.OK) {
                System.exit(status);
            }
        } else {
            System.exit(Cli.runOnConsole(args));
        }
    }

    static boolean startsWorkbench(String[] args) {
        if (args.length == 0 || args[0].startsWith("--snapshot")) {
            return true;
        }
        try {
            return args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                    && Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false; // the CLI says why the name cannot be used (e.g. non-ASCII under LANG=C)
        }
    }
}

package io.tranchelab;

import io.tranchelab.cli.Cli;

/**
 * Entry point of tranchelab.jar: with a subcommand it is the CLI, with none (or a file) it
 * starts the workbench. Kept free of JavaFX types so the CLI runs without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }
}

package io.tranchelab.cli;

import java.io.PrintStream;

/** Command-line front end. */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        out.println("usage: tranchelab <simulate|validate|bench> FILE [options]");
        return args.length == 0 ? 0 : 2;
    }
}

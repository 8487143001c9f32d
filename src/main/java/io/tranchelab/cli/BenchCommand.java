package io.tranchelab.cli;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bench [FILE]}: times full runs (results and chart series included) after warm-up
 * runs, and prints path-steps per second. Speed targets are checked here, not by timed tests.
 */
final class BenchCommand {

    /** The lending-book sample, built in, so that {@code bench} needs no file. */
    static final String DEFAULT_STRUCTURE = "/io/tranchelab/samples/eth-lending-book.json";

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = new Arguments("bench", args, Set.of("paths", "threads", "repeat", "warmup"));
        if (arguments.positionals().size() > 1) {
            throw new UsageException("bench takes at most one FILE");
        }
        Structure structure = arguments.positionals().isEmpty()
                ? Cli.loadBuiltIn(DEFAULT_STRUCTURE)
                : Cli.load(arguments.positionals().get(0));
        RunSettings settings = RunSettings.of(structure)
                .withPaths(arguments.intOption("paths", 10_000, 1, 10_000_000))
                .withThreads(arguments.intOption("threads", Runtime.getRuntime().availableProcessors(), 1, 256));
        int repeat = arguments.intOption("repeat", 5, 1, 1_000);
        int warmup = arguments.intOption("warmup", 3, 0, 1_000);

        for (int i = 0; i < warmup; i++) {
            Simulator.run(structure, settings);
        }
        double[] millis = new double[repeat];
        SimulationResult last = null;
        for (int i = 0; i < repeat; i++) {
            last = Simulator.run(structure, settings);
            millis[i] = last.elapsedNanos() / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[repeat / 2];
        double pathSteps = (double) settings.paths() * last.steps();
        out.printf(Locale.ROOT, "%s: %,d paths x %d steps on %d threads%n", structure.name(), settings.paths(),
                last.steps(), settings.threads());
        out.printf(Locale.ROOT, "run time: median %.1f ms, min %.1f ms, max %.1f ms over %d runs (after %d warm-up)%n",
                median, millis[0], millis[repeat - 1], repeat, warmup);
        out.printf(Locale.ROOT, "throughput: %.1f million path-steps per second%n", pathSteps / median / 1e3);
        return Cli.OK;
    }
}

package io.tranchelab.cli;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bench [FILE]}: times full runs (results and chart series included) after warm-up
 * runs, and prints path-steps per second. Speed targets are checked here, not by timed tests.
 */
@Command(name = "bench", header = "Time runs and print path-steps per second.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = "Times full runs of a structure (the bundled lending book without FILE) after warm-up"
                + " runs and prints the median run time and path-steps per second.",
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab bench", "  tranchelab bench --sample credit-pool-reputation --threads 1",
            "  tranchelab bench deal.json --paths 100000 --threads 2 --repeat 7"})
final class BenchCommand implements Callable<Integer> {

    /** The lending-book sample, built in, so that {@code bench} needs no file. */
    static final String DEFAULT_STRUCTURE = "/io/tranchelab/samples/eth-lending-book.json";
    /** The bundled samples {@code --sample} names (samples/, built into the jar). */
    static final List<String> SAMPLES = List.of("eth-lending-book", "staking-steth-note", "lp-fee-pool",
            "credit-pool-reputation");

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The structure (JSON); default: the bundled"
            + " lending book.")
    private String file;

    @Option(names = "--sample", paramLabel = "NAME", description = "A bundled sample instead of FILE: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Samples.class)
    private String sample;

    @Mixin
    private RunOptions run;

    @Option(names = "--repeat", paramLabel = "R", converter = Converters.Repeats.class,
            description = "Timed runs, 1 to 1,000 (default: ${DEFAULT-VALUE}).")
    private int repeat = 5;

    /**
     * The JIT settles after about a dozen full runs of the lending sample (its timings fall from
     * 870 ms to 155 ms on two cores, docs/performance.md); with fewer, the timed runs still pay for
     * compilation on the other core, and the figures are the warm-up's, not the core's.
     */
    static final int DEFAULT_WARMUP = 15;

    @Option(names = "--warmup", paramLabel = "W", converter = Converters.WarmUps.class,
            description = "Untimed runs first, 0 to 1,000 (default: ${DEFAULT-VALUE}; the JIT needs about a"
                    + " dozen runs before the times settle).")
    private int warmup = DEFAULT_WARMUP;

    @Override
    public Integer call() throws UsageException {
        Terminal out = parent.terminal;
        Structure structure = structure();
        RunSettings settings = run.settings(structure)
                .withPaths(run.paths != null ? run.paths : 10_000)
                .withThreads(run.threads != null ? run.threads : Runtime.getRuntime().availableProcessors());
        double[] millis = new double[repeat];
        double[] cpuMillis = new double[repeat];
        SimulationResult last = null;
        try {
            for (int i = 0; i < warmup; i++) {
                Simulator.run(structure, settings);
            }
            for (int i = 0; i < repeat; i++) {
                // the last result is let go first: a run of a million paths under -Xmx256m fits only
                // without the one before (its 24 MB of losses), and RunMemory would refuse it
                last = null;
                long cpuBefore = processCpuNanos();
                last = Simulator.run(structure, settings);
                cpuMillis[i] = (processCpuNanos() - cpuBefore) / 1e6;
                millis[i] = last.elapsedNanos() / 1e6;
            }
        } catch (IllegalArgumentException e) { // the core refuses a run too big for memory, with the figures
            throw new UsageException("bench: " + e.getMessage());
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        double median = millis[repeat / 2];
        double pathSteps = (double) settings.paths() * last.steps();
        out.printf("%s: %,d paths x %d steps on %d threads%n", structure.name(), settings.paths(),
                last.steps(), settings.threads());
        out.printf("run time: median %.1f ms, min %.1f ms, max %.1f ms over %d runs (after %d warm-up)%n",
                median, millis[0], millis[repeat - 1], repeat, warmup);
        out.printf("throughput: %.1f million path-steps per second%n", pathSteps / median / 1e3);
        if (processCpuNanos() >= 0) {
            // CPU time is steadier than wall time on a shared machine: it does not count waiting for a core
            out.printf("process CPU time: median %.1f ms per run%n", cpuMillis[repeat / 2]);
        }
        return Cli.OK;
    }

    private Structure structure() throws UsageException {
        if (sample != null && file != null) {
            throw new UsageException("bench: give FILE or --sample, not both");
        }
        if (sample != null) {
            if (!SAMPLES.contains(sample)) {
                throw new UsageException("bench: --sample must be one of " + String.join(", ", SAMPLES) + ", was '"
                        + sample + "'");
            }
            return Cli.loadBuiltIn("/io/tranchelab/samples/" + sample + ".json");
        }
        return file == null ? Cli.loadBuiltIn(DEFAULT_STRUCTURE) : Cli.load(file);
    }

    /** The whole process's CPU time (every thread, the JIT's and GC's too), or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The names {@code --sample} accepts, for its help. */
    static final class Samples implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SAMPLES.iterator();
        }
    }
}

package io.tranchelab.cli;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;

import picocli.CommandLine.Option;

/** --paths, --seed, --threads: how much to run, shared by every command that runs a structure. */
final class RunOptions {

    @Option(names = "--paths", paramLabel = "N", converter = Converters.Paths.class,
            description = "Monte Carlo paths, 1 to 10,000,000 (default: the file's simulation.paths;"
                    + " bench: 10,000; sensitivity and heatmap: 2,000 a point).")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.Seed.class,
            description = "Random seed; the same seed gives the same numbers (default: the file's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", converter = Converters.Threads.class,
            description = "Worker threads, 1 to 256; results do not depend on it (default: all cores).")
    Integer threads;

    /** The structure's own run settings with what the command line overrides. */
    RunSettings settings(Structure structure) {
        RunSettings settings = RunSettings.of(structure);
        if (paths != null) {
            settings = settings.withPaths(paths);
        }
        if (seed != null) {
            settings = settings.withSeed(seed);
        }
        if (threads != null) {
            settings = settings.withThreads(threads);
        }
        return settings;
    }
}

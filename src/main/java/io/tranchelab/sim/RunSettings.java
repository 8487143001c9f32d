package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.util.Objects;

/**
 * How to run a structure: paths and seed (by default the structure's own), threads, the
 * scenario by name ({@link Scenario#BASE_NAME} for none), and the resolution of the chart
 * series (percentile fans use at most {@code chartSamplePaths} paths on at most
 * {@code chartPoints} time points, so memory does not grow with the number of paths; docs/model.md
 * §8.11). The result depends on the structure, scenario, seed and paths only (§9).
 */
public record RunSettings(int paths, long seed, int threads, String scenario, int chartPoints, int chartSamplePaths) {

    public static final int DEFAULT_CHART_POINTS = 61;
    public static final int DEFAULT_CHART_SAMPLE_PATHS = 5_000;

    public RunSettings {
        scenario = Objects.requireNonNullElse(scenario, Scenario.BASE_NAME);
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be at least 1, was " + paths);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** The structure's own paths and seed, all cores, base scenario. */
    public static RunSettings of(Structure structure) {
        return new RunSettings(structure.simulation().paths(), structure.simulation().seed(),
                Runtime.getRuntime().availableProcessors(), Scenario.BASE_NAME, DEFAULT_CHART_POINTS,
                DEFAULT_CHART_SAMPLE_PATHS);
    }

    public RunSettings withPaths(int value) {
        return new RunSettings(value, seed, threads, scenario, chartPoints, chartSamplePaths);
    }

    public RunSettings withSeed(long value) {
        return new RunSettings(paths, value, threads, scenario, chartPoints, chartSamplePaths);
    }

    public RunSettings withThreads(int value) {
        return new RunSettings(paths, seed, value, scenario, chartPoints, chartSamplePaths);
    }

    public RunSettings withScenario(String value) {
        return new RunSettings(paths, seed, threads, value, chartPoints, chartSamplePaths);
    }
}

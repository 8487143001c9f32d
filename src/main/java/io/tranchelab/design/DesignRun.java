package io.tranchelab.design;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.util.List;
import java.util.Objects;

/**
 * How the design tools run each point they try: the scenario, the seeds (every point on the same
 * seeds: common random numbers, so differences between points are the structure's, not noise)
 * and the paths per run. A figure over several seeds is their mean.
 */
public record DesignRun(String scenario, List<Long> seeds, int paths) {

    public DesignRun {
        scenario = Objects.requireNonNullElse(scenario, Scenario.BASE_NAME);
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds: at least one seed is needed");
        }
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be at least 1, was " + paths);
        }
    }

    /** The structure's own seed and paths, base scenario. */
    public static DesignRun of(Structure structure) {
        return new DesignRun(Scenario.BASE_NAME, List.of(structure.simulation().seed()),
                structure.simulation().paths());
    }

    public DesignRun withPaths(int value) {
        return new DesignRun(scenario, seeds, value);
    }

    public DesignRun withSeeds(List<Long> value) {
        return new DesignRun(scenario, value, paths);
    }

    public DesignRun withScenario(String value) {
        return new DesignRun(value, seeds, paths);
    }

    /** A sweep of these variants under this run, for the metric. */
    SweepRequest request(Structure base, List<Variant> variants, MetricSpec metric) {
        return new SweepRequest(base, variants, List.of(scenario), seeds, paths, List.of(metric));
    }
}

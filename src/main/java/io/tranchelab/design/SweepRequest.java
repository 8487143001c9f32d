package io.tranchelab.design;

import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sweep: every variant of the base under every scenario on every seed, each run at
 * {@code paths} paths, reading the metrics. Common random numbers: every variant runs on the
 * same seeds, so the difference between two variants' figures is the difference between the
 * structures, not between two draws of noise.
 */
public record SweepRequest(Structure base, List<Variant> variants, List<String> scenarios, List<Long> seeds,
                           int paths, List<MetricSpec> metrics) {

    public SweepRequest {
        Objects.requireNonNull(base, "base");
        variants = List.copyOf(variants);
        scenarios = List.copyOf(scenarios);
        seeds = List.copyOf(seeds);
        metrics = List.copyOf(metrics);
        if (variants.isEmpty() || scenarios.isEmpty() || seeds.isEmpty() || metrics.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one variant, scenario, seed and metric");
        }
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be at least 1, was " + paths);
        }
    }

    /**
     * The cells in the table's fixed order: variant by variant, within a variant scenario by
     * scenario, within a scenario seed by seed.
     */
    public List<SweepCell> cells() {
        List<SweepCell> cells = new ArrayList<>(variants.size() * scenarios.size() * seeds.size());
        for (int v = 0; v < variants.size(); v++) {
            for (String scenario : scenarios) {
                for (long seed : seeds) {
                    cells.add(new SweepCell(v, scenario, seed));
                }
            }
        }
        return cells;
    }
}

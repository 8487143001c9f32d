package io.tranchelab.design;

import java.util.List;

/**
 * A sweep's answers, one row per cell in the order of {@link SweepRequest#cells()} whatever the
 * threads, so two runs of the same request give equal tables.
 */
public record SweepTable(List<Variant> variants, List<String> scenarios, List<Long> seeds, List<MetricSpec> metrics,
                         List<SweepRow> rows) {

    public SweepTable {
        variants = List.copyOf(variants);
        scenarios = List.copyOf(scenarios);
        seeds = List.copyOf(seeds);
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
    }

    public SweepRow row(int variantIndex, int scenarioIndex, int seedIndex) {
        return rows.get((variantIndex * scenarios.size() + scenarioIndex) * seeds.size() + seedIndex);
    }

    /** The metric of a variant under a scenario, averaged over the seeds. */
    public double mean(int variantIndex, int scenarioIndex, int metricIndex) {
        double sum = 0;
        for (int k = 0; k < seeds.size(); k++) {
            sum += row(variantIndex, scenarioIndex, k).value(metricIndex);
        }
        return sum / seeds.size();
    }
}

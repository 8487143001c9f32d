package io.tranchelab.batch;

import io.tranchelab.design.SweepTable;

import java.util.List;

/**
 * A plan's answers: one {@link SweepTable} per structure of the spec, in the spec's order, each
 * with its rows in the engine's fixed order (variant, then scenario, then seed). Whichever runner
 * made it, the same plan gives equal results, double for double (docs/model.md §14.10).
 */
public record SweepResults(SweepPlan plan, List<SweepTable> tables) {

    public SweepResults {
        tables = List.copyOf(tables);
        if (tables.size() != plan.requests().size()) {
            throw new IllegalArgumentException("one table per structure: " + plan.requests().size() + " structures, "
                    + tables.size() + " tables");
        }
    }
}

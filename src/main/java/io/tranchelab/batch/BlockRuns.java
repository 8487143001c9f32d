package io.tranchelab.batch;

import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.StructureOverrides;
import io.tranchelab.design.SweepCell;
import io.tranchelab.design.SweepEngine;
import io.tranchelab.design.SweepRow;
import io.tranchelab.design.Variant;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.PartialRun;
import io.tranchelab.sim.SplitRun;

import java.util.List;

/**
 * The two halves of a sweep cell run as {@link BlockTask}s, wherever they run: a task simulates
 * its range of blocks of the cell's run ({@link #simulate}); the cell's ranges, once all are in,
 * merge in block order into the cell's whole run, from which its row is read ({@link #row}). The
 * run's settings are the sweep engine's, so the row is the one {@link SweepEngine#evaluate}
 * gives, double for double (docs/model.md §14.10).
 */
public final class BlockRuns {

    private BlockRuns() {
    }

    /** The task's blocks of its cell's run, the base structure with the task's variant applied. */
    public static PartialRun simulate(Structure base, BlockTask task, int paths, int threads) {
        Structure structure = StructureOverrides.apply(base, task.variant().overrides());
        return SplitRun.simulate(structure, SweepEngine.settings(task.cell().scenario(), task.cell().seed(), paths,
                threads), task.firstBlock(), task.endBlock());
    }

    /**
     * The cell's row from the parts of its run (in any order; together every block once).
     *
     * @throws IllegalArgumentException when the parts leave a gap, overlap or are of another run
     */
    public static SweepRow row(Structure base, Variant variant, SweepCell cell, int paths, List<MetricSpec> metrics,
                               List<PartialRun> parts) {
        Structure structure = StructureOverrides.apply(base, variant.overrides());
        return SweepEngine.row(SplitRun.merge(structure, SweepEngine.settings(cell.scenario(), cell.seed(), paths, 1),
                parts), variant, cell, metrics);
    }
}

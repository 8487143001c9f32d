package io.tranchelab.spark;

import io.tranchelab.batch.BlockTask;
import io.tranchelab.design.SweepRow;
import io.tranchelab.sim.PartialRun;

import java.io.Serializable;

/**
 * What a block task sends to its cell's merge: the blocks it simulated, or, when the task ran its
 * cell's whole run, the cell's row itself (a whole run's per-path figures need not travel); with
 * the task, which names the cell's structure, variant, scenario and seed.
 */
record CellPart(BlockTask task, PartialRun part, SweepRow row) implements Serializable {

    static CellPart of(BlockTask task, PartialRun part) {
        return new CellPart(task, part, null);
    }

    static CellPart whole(BlockTask task, SweepRow row) {
        return new CellPart(task, null, row);
    }
}

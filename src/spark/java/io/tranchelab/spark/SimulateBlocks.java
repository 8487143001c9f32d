package io.tranchelab.spark;

import io.tranchelab.batch.BlockRuns;
import io.tranchelab.batch.BlockTask;
import io.tranchelab.design.SweepEngine;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;

import org.apache.spark.api.java.function.PairFunction;
import org.apache.spark.broadcast.Broadcast;

import scala.Tuple2;

/**
 * The executor's side of a block task, keyed by its cell's index for the merge: the task's range
 * of blocks of its cell's run ({@link BlockRuns#simulate}), or, for a task that is a whole run,
 * the sweep engine's own row for the cell ({@link SweepEngine#evaluate}). The structure is read
 * back from the broadcast JSON, which reads back to an equal structure.
 */
final class SimulateBlocks implements PairFunction<BlockTask, Integer, CellPart> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<SweepJob> job;

    SimulateBlocks(Broadcast<SweepJob> job) {
        this.job = job;
    }

    @Override
    public Tuple2<Integer, CellPart> call(BlockTask task) throws StructureFormatException {
        SweepJob shared = job.value();
        Structure base = StructureJson.parse(shared.structures().get(task.structure()));
        CellPart part = task.wholeCell()
                ? CellPart.whole(task, SweepEngine.evaluate(base, task.variant(), task.cell(), shared.paths(),
                        shared.metrics(), shared.threadsPerTask(), CancellationToken.none()))
                : CellPart.of(task, BlockRuns.simulate(base, task, shared.paths(), shared.threadsPerTask()));
        return new Tuple2<>(task.cellIndex(), part);
    }
}

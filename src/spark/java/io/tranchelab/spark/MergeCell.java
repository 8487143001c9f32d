package io.tranchelab.spark;

import io.tranchelab.batch.BlockRuns;
import io.tranchelab.batch.BlockTask;
import io.tranchelab.batch.SweepRunException;
import io.tranchelab.design.SweepRow;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.sim.PartialRun;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

import java.util.ArrayList;
import java.util.List;

import scala.Tuple2;

/**
 * The executor's side of a cell's merge: its parts, in whatever order the shuffle gives them,
 * merged in block order into the cell's whole run ({@link BlockRuns#row}, which is
 * {@code SplitRun.merge}), its row read from it. A cell run as one task arrives as its row.
 */
final class MergeCell implements Function<Tuple2<Integer, Iterable<CellPart>>, TaskResult> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<SweepJob> job;

    MergeCell(Broadcast<SweepJob> job) {
        this.job = job;
    }

    @Override
    public TaskResult call(Tuple2<Integer, Iterable<CellPart>> cell) throws StructureFormatException {
        int index = cell._1();
        List<PartialRun> parts = new ArrayList<>();
        SweepRow whole = null;
        BlockTask task = null;
        for (CellPart part : cell._2()) {
            task = part.task();
            if (part.row() != null) {
                whole = part.row();
            } else {
                parts.add(part.part());
            }
        }
        if (whole != null) {
            if (!parts.isEmpty()) {
                throw new SweepRunException("cell " + index + " came back both whole and in parts");
            }
            return new TaskResult(index, whole);
        }
        SweepJob shared = job.value();
        return new TaskResult(index, BlockRuns.row(StructureJson.parse(shared.structures().get(task.structure())),
                task.variant(), task.cell(), shared.paths(), shared.metrics(), parts));
    }
}

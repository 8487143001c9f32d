package io.tranchelab.spark;

import io.tranchelab.design.SweepEngine;
import io.tranchelab.design.SweepRow;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * The executor's side of a task: the sweep engine's own unit of work,
 * {@link SweepEngine#evaluate}, on the structure read back from its JSON. Nothing else is
 * computed here, so a task's row is the row the in-process engine gives for the same cell.
 */
final class EvaluateCell implements Function<SweepTask, TaskResult> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<SweepJob> job;

    EvaluateCell(Broadcast<SweepJob> job) {
        this.job = job;
    }

    @Override
    public TaskResult call(SweepTask task) throws StructureFormatException {
        SweepJob shared = job.value();
        Structure base = StructureJson.parse(shared.structures().get(task.structure()));
        SweepRow row = SweepEngine.evaluate(base, task.variant(), task.cell(), shared.paths(), shared.metrics(),
                shared.threadsPerTask(), CancellationToken.none());
        return new TaskResult(task.index(), row);
    }
}

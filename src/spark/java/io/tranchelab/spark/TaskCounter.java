package io.tranchelab.spark;

import io.tranchelab.batch.TaskProgress;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.util.BitSet;

/**
 * Progress per block task: Spark's listener bus tells it each Spark task's end. The block tasks
 * run in the first stage (its tasks are ShuffleMapTasks; the cells' merges after the shuffle are
 * ResultTasks, not counted); Spark task {@code i} of that stage holds the block tasks that
 * {@code parallelize} puts in slice {@code i}, {@code [i n / p, (i + 1) n / p)} of {@code n} in
 * {@code p} slices. A slice counts once, even if Spark runs it again.
 */
final class TaskCounter extends SparkListener {

    static final String BLOCK_STAGE_TASK = "ShuffleMapTask";

    private final int total;
    private final int slices;
    private final TaskProgress progress;
    private final BitSet counted = new BitSet();
    private int done;

    TaskCounter(int total, int slices, TaskProgress progress) {
        this.total = total;
        this.slices = slices;
        this.progress = progress;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (taskEnd.taskInfo() == null || !taskEnd.taskInfo().successful()
                || !BLOCK_STAGE_TASK.equals(taskEnd.taskType())) {
            return;
        }
        int slice = taskEnd.taskInfo().index();
        int now;
        synchronized (this) {
            if (slice < 0 || slice >= slices || counted.get(slice)) {
                return;
            }
            counted.set(slice);
            done += tasksIn(slice, total, slices);
            now = Math.min(done, total);
        }
        progress.tasksDone(now, total);
    }

    /** Block tasks in slice {@code i}: Spark's ParallelCollectionRDD cuts n elements into p slices so. */
    static int tasksIn(int slice, int total, int slices) {
        long start = (long) slice * total / slices;
        long end = (long) (slice + 1) * total / slices;
        return (int) (end - start);
    }
}

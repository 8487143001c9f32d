package io.tranchelab.spark;

import io.tranchelab.batch.TaskProgress;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Progress per task: Spark's listener bus tells it each task's end; successful ones are counted. */
final class TaskCounter extends SparkListener {

    private final int total;
    private final TaskProgress progress;
    private int done;

    TaskCounter(int total, TaskProgress progress) {
        this.total = total;
        this.progress = progress;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (taskEnd.taskInfo() != null && taskEnd.taskInfo().successful()) {
            int now;
            synchronized (this) {
                now = Math.min(++done, total);
            }
            progress.tasksDone(now, total);
        }
    }
}

package io.tranchelab.spark;

import io.tranchelab.sim.CancellationToken;

import org.apache.spark.api.java.JavaSparkContext;

/** Turns a set {@link CancellationToken} into Spark's cancellation of the running job. */
final class CancelWatcher {

    private final Thread thread;

    private CancelWatcher(Thread thread) {
        this.thread = thread;
    }

    static CancelWatcher start(JavaSparkContext spark, CancellationToken cancel) {
        Thread thread = new Thread(() -> {
            try {
                while (!cancel.isCancelled()) {
                    Thread.sleep(100);
                }
                spark.cancelAllJobs();
            } catch (InterruptedException e) {
                // the sweep ended first
            }
        }, "tranchelab-spark-cancel");
        thread.setDaemon(true);
        thread.start();
        return new CancelWatcher(thread);
    }

    void stop() {
        thread.interrupt();
    }
}

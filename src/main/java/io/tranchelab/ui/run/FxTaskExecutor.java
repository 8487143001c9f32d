package io.tranchelab.ui.run;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Background work on one daemon thread, so runs never overlap and never keep the JVM alive;
 * timers on a second thread, so a debounce timer can fire (and cancel the stale run) while a
 * run is busy on the first.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("tranchelab-simulation"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("tranchelab-timer"));

    @Override
    public void runInBackground(Runnable work) {
        worker.execute(work);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Scheduled schedule(Runnable action, long delayMillis) {
        ScheduledFuture<?> future = timer.schedule(action, delayMillis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        timer.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

package io.tranchelab.ui.run;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The workbench's one compute budget: every background task (the live run, comparisons, slides,
 * exports) runs on the same executor, one at a time (each core run uses every core), and shares
 * one {@link ResultCache}, so a result computed for one is reused by the others. It also knows
 * which task the status bar shows: the newest one still running. UI-thread use only, except
 * {@link #close()}, which may come from anywhere.
 */
public final class BackgroundJobs implements AutoCloseable {

    private final TaskExecutor executor;
    private final ResultCache cache;
    private final List<BackgroundTask<?>> tasks = new ArrayList<>();
    private final ReadOnlyObjectWrapper<TaskProgress> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public BackgroundJobs(TaskExecutor executor, ResultCache cache) {
        this.executor = executor;
        this.cache = cache;
    }

    /** A new kind of background work on this budget, followed by the status bar. */
    public <T> BackgroundTask<T> newTask() {
        BackgroundTask<T> task = new BackgroundTask<>(executor);
        tasks.add(task);
        TaskProgress progress = task.progress();
        progress.runningProperty().addListener((o, was, now) -> {
            if (now) {
                shown.set(progress);
            } else if (shown.get() == progress) {
                shown.set(tasks.stream().map(BackgroundTask::progress).filter(TaskProgress::isRunning)
                        .reduce((first, second) -> second).orElse(null));
            }
        });
        return task;
    }

    /** The task whose progress the status bar shows; null when none runs. */
    public ReadOnlyObjectProperty<TaskProgress> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public TaskExecutor executor() {
        return executor;
    }

    public ResultCache cache() {
        return cache;
    }

    /** Cancels every task (the window is closing). */
    public void cancelAll() {
        tasks.forEach(BackgroundTask::cancel);
    }

    /** Stops the executor's threads, when it owns any. */
    @Override
    public void close() {
        if (executor instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger(BackgroundJobs.class.getName()).log(System.Logger.Level.WARNING,
                        "closing the background executor failed", e);
            }
        }
    }
}

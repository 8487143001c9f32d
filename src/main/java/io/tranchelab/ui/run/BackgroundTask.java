package io.tranchelab.ui.run;

import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.SimulationCancelledException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One kind of background work of which only the newest request counts (JabRef's BackgroundTask
 * run by a TaskExecutor): starting one cancels the one under way; its progress and outcome reach
 * the UI thread and are applied only while it is the newest; a failure becomes a one-line
 * message, never a stack trace; a cancelled run reports nothing. What it is doing, how far it is
 * and the Cancel the status bar offers are its {@link TaskProgress}.
 *
 * <p>Work may come in steps (a comparison runs one scenario per step): each step is queued on
 * the executor when the previous one ends, so a live run asked for in between is not held up by
 * the whole comparison, only by the step under way. All methods are called on the UI thread.
 */
public final class BackgroundTask<T> {

    private static final System.Logger LOG = System.getLogger(BackgroundTask.class.getName());

    private final TaskExecutor executor;
    private final TaskProgress progress;
    private CancellationToken current;
    private long generation;

    public BackgroundTask(TaskExecutor executor, TaskProgress progress) {
        this.executor = executor;
        this.progress = progress;
        progress.setCancel(this::cancel);
    }

    public BackgroundTask(TaskExecutor executor) {
        this(executor, new TaskProgress());
    }

    /** Starts {@code work}, cancelling the run under way; {@code title} says what it is ("Full run"). */
    public void start(String title, BackgroundWork<T> work, Consumer<? super T> done, Consumer<String> failed) {
        startInSteps(title, List.of(work), results -> results.get(0), done, failed);
    }

    /** Runs {@code steps} one after the other, then {@code finish} on their results, all off the UI thread. */
    public <R> void startInSteps(String title, List<BackgroundWork<R>> steps, Finish<R, T> finish,
                                 Consumer<? super T> done, Consumer<String> failed) {
        cancelRunning();
        CancellationToken token = new CancellationToken();
        long mine = ++generation;
        current = token;
        progress.started(title);
        Run<R> run = new Run<>(mine, token, List.copyOf(steps), finish, done, failed);
        executor.runInBackground(() -> run.step(0));
    }

    /** Stops the run under way, if any; its outcome is never applied. */
    public void cancel() {
        cancelRunning();
        progress.ended();
    }

    private void cancelRunning() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        generation++;
    }

    /** Whether {@code run} is still the newest; read on the UI thread only. */
    private boolean isNewest(long run) {
        return run == generation;
    }

    /** What makes the outcome from the steps' results, still off the UI thread (writing a file, say). */
    @FunctionalInterface
    public interface Finish<R, T> {
        T apply(List<R> results) throws Exception;
    }

    public TaskProgress progress() {
        return progress;
    }

    public boolean isRunning() {
        return progress.isRunning();
    }

    /** One started run: its steps, executed on the executor's background thread. */
    private final class Run<R> {

        private final long id;
        private final CancellationToken token;
        private final List<BackgroundWork<R>> steps;
        private final Finish<R, T> finish;
        private final Consumer<? super T> done;
        private final Consumer<String> failed;
        private final List<R> results = new ArrayList<>();

        Run(long id, CancellationToken token, List<BackgroundWork<R>> steps, Finish<R, T> finish,
            Consumer<? super T> done, Consumer<String> failed) {
            this.id = id;
            this.token = token;
            this.steps = steps;
            this.finish = finish;
            this.done = done;
            this.failed = failed;
        }

        void step(int index) {
            if (token.isCancelled()) {
                return;
            }
            try {
                int count = steps.size();
                results.add(steps.get(index).call(
                        f -> executor.runOnUiThread(() -> report(Math.min(1, (index + f) / count))), token));
                if (index + 1 < count) {
                    executor.runInBackground(() -> step(index + 1));
                    return;
                }
                T outcome = finish.apply(results);
                executor.runOnUiThread(() -> end(() -> done.accept(outcome)));
            } catch (SimulationCancelledException cancelled) {
                LOG.log(System.Logger.Level.DEBUG, "{0} cancelled", progress.titleProperty().get());
                executor.runOnUiThread(() -> end(() -> { })); // stopped from within: ends quietly
            } catch (Exception | StackOverflowError | OutOfMemoryError failure) {
                String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                LOG.log(System.Logger.Level.WARNING, progress.titleProperty().get() + " failed", failure);
                executor.runOnUiThread(() -> end(() -> failed.accept(message)));
            }
        }

        private void report(double fraction) {
            if (isNewest(id)) {
                progress.progressed(fraction);
            }
        }

        private void end(Runnable outcome) {
            if (!isNewest(id)) {
                return;
            }
            current = null;
            progress.ended();
            outcome.run();
        }
    }
}

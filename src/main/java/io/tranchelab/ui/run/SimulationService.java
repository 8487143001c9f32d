package io.tranchelab.ui.run;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.SimulationCancelledException;
import io.tranchelab.sim.SimulationResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Locale;

/**
 * The one place the workbench recomputes. Every request is debounced; when its timer fires it
 * cancels the run in progress, so a burst of edits ends in exactly one run of the last value.
 * While requests keep coming (a slider drag) a run still starts every {@code maxWaitMillis}, so
 * the charts follow the drag. Results reach the view models on the UI thread, and only a result
 * of the newest started run is applied; a failed run reports its error and keeps the last result.
 */
public final class SimulationService {

    private static final System.Logger LOG = System.getLogger(SimulationService.class.getName());

    private final SimulationEngine engine;
    private final TaskExecutor executor;
    private final long debounceMillis;
    private final long maxWaitMillis;
    private final PreviewSizing previewSizing;

    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<RunInfo> lastRun = new ReadOnlyObjectWrapper<>(this, "lastRun");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    // Shared between the UI thread (requests) and the timer thread (starts); guarded by this.
    private long requested;
    private long started;
    private long burstStartedAt;
    private TaskExecutor.Scheduled pending;
    private CancellationToken running;

    public SimulationService(SimulationEngine engine, TaskExecutor executor, long debounceMillis, long maxWaitMillis,
                             PreviewSizing previewSizing) {
        this.engine = engine;
        this.executor = executor;
        this.debounceMillis = debounceMillis;
        this.maxWaitMillis = maxWaitMillis;
        this.previewSizing = previewSizing;
    }

    /** Asks for a run of {@code structure} in its base case; call on the UI thread. */
    public void request(Structure structure, RunKind kind) {
        request(structure, Scenario.BASE_NAME, kind);
    }

    /**
     * Asks for a run of {@code structure} under the named scenario (its own or the library's,
     * {@link ScenarioLibrary}); call on the UI thread.
     */
    public void request(Structure structure, String scenario, RunKind kind) {
        long requestedAt = System.nanoTime();
        busy.set(true);
        synchronized (this) {
            long generation = ++requested;
            if (pending != null) {
                pending.cancel();
            }
            if (burstStartedAt == 0) {
                burstStartedAt = requestedAt;
            }
            long waited = (requestedAt - burstStartedAt) / 1_000_000;
            long delay = Math.max(0, Math.min(debounceMillis, maxWaitMillis - waited));
            pending = executor.schedule(() -> start(generation, structure, scenario, kind, requestedAt), delay);
        }
    }

    private void start(long generation, Structure structure, String scenario, RunKind kind, long requestedAt) {
        CancellationToken token = new CancellationToken();
        synchronized (this) {
            if (generation != requested) {
                return;
            }
            burstStartedAt = 0;
            if (running != null) {
                running.cancel();
            }
            running = token;
            started = generation;
        }
        executor.runInBackground(() -> compute(generation, structure, scenario, kind, token, requestedAt));
    }

    private void compute(long generation, Structure structure, String scenario, RunKind kind,
                         CancellationToken token, long requestedAt) {
        if (token.isCancelled()) {
            return;
        }
        long begin = System.nanoTime();
        try {
            Structure runnable = ScenarioLibrary.withScenarios(structure, List.of(scenario));
            SimulationResult computed = engine.run(runnable, previewSizing.settingsFor(structure, kind).withScenario(scenario),
                    fraction -> executor.runOnUiThread(() -> showProgress(generation, fraction)), token);
            double computeMillis = (System.nanoTime() - begin) / 1e6;
            previewSizing.observe(computed.paths(), computeMillis);
            executor.runOnUiThread(() -> apply(generation, kind, computed, computeMillis, requestedAt));
        } catch (SimulationCancelledException superseded) {
            LOG.log(System.Logger.Level.DEBUG, "run {0} cancelled", generation);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            executor.runOnUiThread(() -> fail(generation, failure));
        }
    }

    private void showProgress(long generation, double fraction) {
        if (isNewestStarted(generation)) {
            progress.set(fraction);
        }
    }

    private void apply(long generation, RunKind kind, SimulationResult computed, double computeMillis,
                       long requestedAt) {
        if (!isNewestStarted(generation)) {
            return;
        }
        long applying = System.nanoTime();
        result.set(computed);
        error.set(null);
        long applied = System.nanoTime();
        lastRun.set(new RunInfo(kind, computed.paths(), computeMillis, (applied - applying) / 1e6,
                (applied - requestedAt) / 1e6));
        status.set(String.format(Locale.US, "%s: %,d paths in %.0f ms, scenario %s",
                kind == RunKind.FULL ? "Full run" : "Preview", computed.paths(), computeMillis, computed.scenario()));
        LOG.log(System.Logger.Level.DEBUG, "{0} applied {1} ms after the edit", kind, lastRun.get().latencyMillis());
        finishIfLatest(generation);
    }

    private void fail(long generation, Throwable failure) {
        if (!isNewestStarted(generation)) {
            return;
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        error.set(message);
        status.set("Run failed: " + message);
        LOG.log(System.Logger.Level.WARNING, "simulation run failed", failure);
        finishIfLatest(generation);
    }

    private synchronized boolean isNewestStarted(long generation) {
        return generation == started;
    }

    private void finishIfLatest(long generation) {
        synchronized (this) {
            if (generation != requested) {
                return;
            }
        }
        busy.set(false);
        progress.set(0);
    }

    /** Stops the run in progress and any pending one (the window is closing). */
    public void cancelAll() {
        synchronized (this) {
            requested++;
            if (pending != null) {
                pending.cancel();
            }
            if (running != null) {
                running.cancel();
            }
        }
        busy.set(false);
    }

    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SimulationResult result() {
        return result.get();
    }

    public ReadOnlyObjectProperty<RunInfo> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

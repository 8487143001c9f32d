package io.tranchelab.ui.run;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.SimulationResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Locale;

/**
 * The one place the workbench recomputes. A request that finds the service idle (no run under
 * way, none waiting) starts at once: a debounce would only add its wait to every single edit.
 * Requests that come while a run is under way are debounced; when the timer fires it starts the
 * newest on the shared {@link BackgroundJobs} budget, which cancels the run in progress, so a
 * burst of edits ends in one run of the last value; and when the run under way ends first, the
 * waiting request starts right then, without waiting for its timer, so the core is never idle
 * while an edit waits. While requests keep coming (a slider drag) a run still starts every
 * {@code maxWaitMillis}, so the charts follow the drag. Results reach the view models on the UI
 * thread, and only a result of the newest started run is applied; a failed run reports its error
 * and keeps the last result. Full runs go through the shared results cache (previews, each of a
 * passing value, do not).
 */
public final class SimulationService {

    private static final System.Logger LOG = System.getLogger(SimulationService.class.getName());

    /** What a result was computed from, so views can tell a current result from a stale one. */
    public record Shown(Structure structure, String scenario, RunKind kind, SimulationResult result) {
    }

    private final SimulationEngine engine;
    private final SimulationEngine cachedEngine;
    private final BackgroundJobs jobs;
    private final BackgroundTask<SimulationResult> task;
    private final long debounceMillis;
    private final long maxWaitMillis;
    private final PreviewSizing previewSizing;

    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<RunInfo> lastRun = new ReadOnlyObjectWrapper<>(this, "lastRun");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    // Shared between the UI thread (requests) and the timer thread (starts); guarded by this.
    private long requested;
    private long started;
    private long burstStartedAt;
    private TaskExecutor.Scheduled pending;
    /** The waiting request's start, run by its timer or when the run under way ends, whichever is first. */
    private Runnable pendingStart;
    /** A run started and not yet ended (UI thread only). */
    private boolean running;

    public SimulationService(SimulationEngine engine, BackgroundJobs jobs, long debounceMillis, long maxWaitMillis,
                             PreviewSizing previewSizing) {
        this.engine = engine;
        this.cachedEngine = jobs.cache().around(engine);
        this.jobs = jobs;
        this.task = jobs.newTask();
        task.progress().setCancel(this::cancelByUser);
        this.debounceMillis = debounceMillis;
        this.maxWaitMillis = maxWaitMillis;
        this.previewSizing = previewSizing;
    }

    /** A service with a budget of its own on {@code executor} (tests). */
    public SimulationService(SimulationEngine engine, TaskExecutor executor, long debounceMillis, long maxWaitMillis,
                             PreviewSizing previewSizing) {
        this(engine, new BackgroundJobs(executor, ResultCache.withDefaultBudget()), debounceMillis, maxWaitMillis,
                previewSizing);
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
        Runnable now;
        synchronized (this) {
            long generation = ++requested;
            if (pending != null) {
                pending.cancel();
            }
            Runnable startIt = () -> start(generation, structure, scenario, kind, requestedAt);
            if (!running && pendingStart == null) {
                now = startIt;
            } else {
                now = null;
                if (burstStartedAt == 0) {
                    burstStartedAt = requestedAt;
                }
                long waited = (requestedAt - burstStartedAt) / 1_000_000;
                long delay = Math.max(0, Math.min(debounceMillis, maxWaitMillis - waited));
                pendingStart = startIt;
                pending = jobs.executor().schedule(() -> jobs.executor().runOnUiThread(startIt), delay);
            }
        }
        if (now != null) {
            now.run();
        }
    }

    /** A run ended (applied or failed): a request that waited for it starts now, not at its timer. */
    private void startWaiting() {
        Runnable waiting;
        synchronized (this) {
            waiting = pendingStart;
            if (waiting != null && pending != null) {
                pending.cancel();
            }
        }
        if (waiting != null) {
            waiting.run();
        }
    }

    /** On the UI thread, when the request's timer fired. */
    private void start(long generation, Structure structure, String scenario, RunKind kind, long requestedAt) {
        synchronized (this) {
            if (generation != requested || generation == started) {
                return; // superseded, or already started by the end of the run before it
            }
            started = generation;
            burstStartedAt = 0;
            pendingStart = null;
            pending = null;
        }
        running = true;
        SimulationEngine use = kind == RunKind.FULL ? cachedEngine : engine;
        long[] computeNanos = new long[1];
        long[] beganAt = new long[1];
        task.start(kind == RunKind.FULL ? "Full run" : "Preview", (progress, cancel) -> {
            long begin = System.nanoTime();
            beganAt[0] = begin;
            Structure runnable = ScenarioLibrary.withScenarios(structure, List.of(scenario));
            SimulationResult computed = use.run(runnable,
                    previewSizing.settingsFor(structure, kind).withScenario(scenario), progress, cancel);
            computeNanos[0] = System.nanoTime() - begin;
            if (kind == RunKind.PREVIEW) {
                // previews only: a full run may come from the cache in no time, and spreads the
                // run's fixed cost over more paths than a preview has
                previewSizing.observe(computed.paths(), computeNanos[0] / 1e6);
            }
            return computed;
        }, computed -> {
            ended();
            apply(generation, new Shown(structure, scenario, kind, computed), computeNanos[0] / 1e6, requestedAt,
                    (beganAt[0] - requestedAt) / 1e6);
        }, problem -> {
            ended();
            fail(generation, problem);
        });
    }

    /** The newest started run ended; a waiting request starts before this one's result is applied, so the core works on it meanwhile. */
    private void ended() {
        running = false;
        startWaiting();
    }

    private void apply(long generation, Shown computed, double computeMillis, long requestedAt, double queuedMillis) {
        long applying = System.nanoTime();
        SimulationResult r = computed.result();
        shown.set(computed);
        result.set(r);
        error.set(null);
        long applied = System.nanoTime();
        lastRun.set(new RunInfo(computed.kind(), r.paths(), computeMillis, (applied - applying) / 1e6,
                (applied - requestedAt) / 1e6, queuedMillis));
        status.set(String.format(Locale.US, "%s: %,d paths in %.0f ms, scenario %s",
                computed.kind() == RunKind.FULL ? "Full run" : "Preview", r.paths(), computeMillis, r.scenario()));
        LOG.log(System.Logger.Level.DEBUG, "{0} applied {1} ms after the edit", computed.kind(),
                lastRun.get().latencyMillis());
        finishIfLatest(generation);
    }

    private void fail(long generation, String message) {
        error.set(message);
        status.set("Run failed: " + message);
        finishIfLatest(generation);
    }

    private void finishIfLatest(long generation) {
        synchronized (this) {
            if (generation != requested) {
                return;
            }
        }
        busy.set(false);
    }

    /** Stops the run in progress and any pending one (the window is closing, or Cancel). */
    public void cancelAll() {
        synchronized (this) {
            requested++;
            if (pending != null) {
                pending.cancel();
            }
            pending = null;
            pendingStart = null;
            burstStartedAt = 0;
        }
        running = false;
        task.cancel();
        busy.set(false);
    }

    /** The status bar's Cancel: the charts keep the last finished run, marked as not current. */
    private void cancelByUser() {
        cancelAll();
        status.set("Run cancelled; the charts show the last finished run");
    }

    /** The shared budget this service runs on; the workbench's other tasks use it too. */
    public BackgroundJobs jobs() {
        return jobs;
    }

    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SimulationResult result() {
        return result.get();
    }

    /** The shown result with what it was computed from. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunInfo> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progress().fractionProperty();
    }

    public TaskProgress progress() {
        return task.progress();
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

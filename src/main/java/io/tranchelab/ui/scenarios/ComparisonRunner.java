package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationCancelledException;
import io.tranchelab.ui.run.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a structure under several scenarios in the background, on the structure's own paths and
 * seed (common random numbers), one comparison at a time: a new one cancels the one under way.
 * The outcome reaches the caller on the UI thread; a cancelled run reports nothing.
 */
public final class ComparisonRunner {

    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private CancellationToken current;
    private long generation;

    public ComparisonRunner(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Call on the UI thread. */
    public void run(Structure structure, List<String> scenarios, Consumer<ScenarioComparison> done,
                    Consumer<String> failed) {
        cancel();
        CancellationToken token = new CancellationToken();
        long mine = ++generation;
        current = token;
        running.set(true);
        progress.set(0);
        executor.runInBackground(() -> {
            try {
                ScenarioComparison comparison = ScenarioComparison.run(structure, scenarios,
                        RunSettings.of(structure),
                        f -> executor.runOnUiThread(() -> showProgress(mine, f)), token);
                executor.runOnUiThread(() -> finish(mine, () -> done.accept(comparison)));
            } catch (SimulationCancelledException cancelled) {
                // a newer comparison or the user stopped this one
            } catch (RuntimeException | OutOfMemoryError e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                executor.runOnUiThread(() -> finish(mine, () -> failed.accept(message)));
            }
        });
    }

    private void showProgress(long run, double fraction) {
        if (run == generation) {
            progress.set(fraction);
        }
    }

    private void finish(long run, Runnable outcome) {
        if (run != generation) {
            return;
        }
        running.set(false);
        progress.set(1);
        outcome.run();
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        generation++;
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}

package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Structure;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.ui.run.BackgroundJobs;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.BackgroundWork;
import io.tranchelab.ui.run.ResultCache;
import io.tranchelab.ui.run.SimulationEngine;
import io.tranchelab.ui.run.TaskExecutor;
import io.tranchelab.ui.run.TaskProgress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a structure under several scenarios in the background, on the structure's own paths and
 * seed (common random numbers), one comparison at a time: a new one cancels the one under way.
 * Each scenario is one step on the shared budget and goes through the shared results cache, so
 * what the workbench, the compare window, the slides or an export already ran is not run again.
 * The outcome reaches the caller on the UI thread; a cancelled run reports nothing.
 */
public final class ComparisonRunner {

    /** What to make of a comparison before it reaches the UI thread (an export writes its file). */
    @FunctionalInterface
    public interface Then<T> {
        T apply(ScenarioComparison comparison) throws Exception;
    }

    private final BackgroundTask<Object> task;
    private final SimulationEngine engine;

    public ComparisonRunner(BackgroundJobs jobs) {
        this.task = jobs.newTask();
        this.engine = jobs.cache().around(SimulationEngine.CORE);
    }

    /** A runner with a budget and cache of its own (tests). */
    public ComparisonRunner(TaskExecutor executor) {
        this(new BackgroundJobs(executor, ResultCache.withDefaultBudget()));
    }

    /**
     * Runs {@code scenarios} (base first), then {@code then} on the comparison, both off the UI
     * thread; call on the UI thread. {@code title} says what the runs are for ("Preparing the slides").
     */
    @SuppressWarnings("unchecked")
    public <T> void run(String title, Structure structure, List<String> scenarios, Then<T> then,
                        Consumer<? super T> done, Consumer<String> failed) {
        List<String> names = ScenarioComparison.runOrder(scenarios);
        Structure withScenarios;
        try {
            withScenarios = ScenarioLibrary.withScenarios(structure, names);
        } catch (IllegalArgumentException unknown) {
            failed.accept(unknown.getMessage());
            return;
        }
        RunSettings settings = RunSettings.of(structure);
        List<BackgroundWork<SimulationResult>> steps = names.stream()
                .<BackgroundWork<SimulationResult>>map(name -> (progress, cancel) ->
                        engine.run(withScenarios, settings.withScenario(name), progress, cancel))
                .toList();
        task.startInSteps(title, steps, results -> then.apply(new ScenarioComparison(withScenarios, results)),
                outcome -> done.accept((T) outcome), failed);
    }

    /** Runs {@code scenarios} (base first); {@code done} gets the comparison. */
    public void run(Structure structure, List<String> scenarios, Consumer<ScenarioComparison> done,
                    Consumer<String> failed) {
        run("Running " + ScenarioComparison.runOrder(scenarios).size() + " scenarios", structure, scenarios,
                comparison -> comparison, done, failed);
    }

    /**
     * The hedge comparison (docs/model.md §8.15) the report's hedge page and the hedge slide show,
     * for a structure with hedges (null for one without): under the base case on the structure's
     * paths and seed, on the calling (background) thread, as part of a comparison's {@code then}.
     * Its hedged run is the comparison's base run, found in the shared cache, so only the unhedged
     * run and the replay of the hedge's flows are new.
     */
    public HedgeComparison hedgeOf(ScenarioComparison comparison) {
        Structure s = comparison.structure();
        if (s.hedges().isEmpty()) {
            return null;
        }
        return HedgeComparison.run(s, RunSettings.of(s), engine::run, ProgressListener.NONE, CancellationToken.none());
    }

    public void cancel() {
        task.cancel();
    }

    public TaskProgress progress() {
        return task.progress();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return task.progress().runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progress().fractionProperty();
    }
}

package io.tranchelab.ui.analyze;

import io.tranchelab.format.Formats;
import io.tranchelab.model.Structure;
import io.tranchelab.report.ChartExport;
import io.tranchelab.report.HedgeCsv;
import io.tranchelab.report.HedgeFigures;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.HedgeOutcomes;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.TaskProgress;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The hedge comparison of the Analyze window (docs/model.md §8.15): the structure being edited run
 * with and without its hedges under the workbench's scenario on its seed, in the background
 * (progress, time left, Cancel); the figures and the P&L chart's outcomes, what they were computed
 * from, stale once the structure or scenario changes; the two tables as CSV. Available only while
 * the structure has hedges.
 */
public final class HedgeComparisonViewModel {

    private final ObservableValue<Structure> structure;
    private final ObservableValue<String> scenario;
    private final BackgroundTask<HedgeComparison> task;
    private final HedgeTool tool;
    private final AnalysisRun<HedgeComparison> analysis;
    private final StringProperty paths = new SimpleStringProperty(this, "paths");
    private final BooleanBinding available;
    private final StringBinding computedFrom;

    public HedgeComparisonViewModel(ObservableValue<Structure> structure, ObservableValue<String> scenario,
                                    BackgroundTask<HedgeComparison> task, HedgeTool tool) {
        this.structure = structure;
        this.scenario = scenario;
        this.task = task;
        this.tool = tool;
        this.analysis = new AnalysisRun<>(structure, scenario, task, "Run again for the new one.");
        paths.set(Formats.count(structure.getValue().simulation().paths()));
        available = Bindings.createBooleanBinding(() -> !structure.getValue().hedges().isEmpty(), structure);
        computedFrom = Bindings.createStringBinding(() -> analysis.shown() == null
                ? "Not run yet: Run compares the structure with and without its hedges on the same paths."
                : "Computed for " + HedgeFigures.of(analysis.shown()).provenance()
                        + " (the same paths with and without the hedge).", analysis.shownProperty());
    }

    /** Runs the comparison of the current structure under the workbench's scenario. */
    public void run() {
        Structure s = structure.getValue();
        String sc = scenario.getValue();
        if (s.hedges().isEmpty()) {
            analysis.say(s.name() + " has no hedges: add a put programme or a perp short in the parameters first.");
            return;
        }
        Structure runnable;
        RunSettings settings;
        try {
            int n = FieldText.parseWhole("Paths", paths.get(), 100, 1_000_000);
            runnable = ScenarioLibrary.withScenarios(s, List.of(sc));
            settings = RunSettings.of(s).withPaths(n).withScenario(sc);
        } catch (IllegalArgumentException e) {
            analysis.say(e.getMessage());
            return;
        }
        analysis.say("");
        task.start("Hedge comparison of " + s.name(), (progress, cancel) -> tool.compare(runnable, settings, progress,
                cancel), c -> show(c, s, sc), problem -> analysis.say("The hedge comparison failed: " + problem));
    }

    private void show(HedgeComparison comparison, Structure s, String sc) {
        analysis.show(comparison, s, sc);
        double unpaid = HedgeOutcomes.mean(comparison.outcomes().expenseUnpaid());
        analysis.say(unpaid > 0 ? "On some paths the pool could not pay the hedge's expense by the horizon: "
                + Formats.money(unpaid) + " a path on average is still owed (in the cost, not in the tranches' losses)."
                : "");
    }

    public void cancel() {
        analysis.cancel("Cancelled; the tables show the previous run, if any.");
    }

    /** Writes the tranche table as CSV; false (and a message) when there is nothing to write or it failed. */
    public boolean exportTranches(Path out) {
        return export(out, HedgeCsv::tranches, "The tranche table");
    }

    /** Writes the hedge's cost table as CSV. */
    public boolean exportCosts(Path out) {
        return export(out, HedgeCsv::costs, "The hedge's cost table");
    }

    private boolean export(Path out, Function<HedgeFigures, String> csv, String what) {
        HedgeFigures figures = figures();
        if (figures == null) {
            analysis.say("Nothing to export yet: Run first.");
            return false;
        }
        try {
            ChartExport.text(csv.apply(figures), out);
            analysis.say(what + " was written to " + out + (analysis.isStale() ? " (stale: about the previous"
                    + " structure or scenario)" : "") + ".");
            return true;
        } catch (IOException | RuntimeException e) {
            analysis.say(what + " was not written: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            return false;
        }
    }

    /** The figures shown; null before the first run. */
    public HedgeFigures figures() {
        return analysis.shown() == null ? null : HedgeFigures.of(analysis.shown());
    }

    /** The comparison shown (the chart draws its outcomes); null before the first run. */
    public ReadOnlyObjectProperty<HedgeComparison> comparisonProperty() {
        return analysis.shownProperty();
    }

    /** Paths of each of the two runs, as typed; the structure's own by default. */
    public StringProperty pathsProperty() {
        return paths;
    }

    /** Whether the structure being edited has hedges (the menu item and the tab are enabled only then). */
    public BooleanBinding availableProperty() {
        return available;
    }

    /** "Computed for ... · scenario ... · N paths · seed S", or what to do before the first run. */
    public StringBinding computedFromProperty() {
        return computedFrom;
    }

    public ReadOnlyStringProperty messageProperty() {
        return analysis.messageProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return analysis.staleProperty();
    }

    public TaskProgress progress() {
        return analysis.progress();
    }
}

package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.SimulationResult;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One structure (A) under the chosen scenarios side by side, and optionally a second structure
 * (B) on the same scenarios: every run on the structure's own seed and paths (common random
 * numbers), so a difference between columns is the scenario's or the structure's, not noise.
 */
public final class CompareViewModel {

    /** A scenario in the pick list; all are picked at first. */
    public record Pick(String name, BooleanProperty picked) {
    }

    private final Structure a;
    private final ComparisonRunner runner;
    private final ObservableList<Pick> picks = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparisonA = new ReadOnlyObjectWrapper<>(this, "a");
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparisonB = new ReadOnlyObjectWrapper<>(this, "b");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Structure b;

    public CompareViewModel(Structure a, ComparisonRunner runner) {
        this.a = a;
        this.runner = runner;
        ScenarioLibrary.namesFor(a).forEach(n -> picks.add(new Pick(n, new SimpleBooleanProperty(true))));
    }

    /** Shows structure B next to A on the next run; null removes it. */
    public void setStructureB(Structure value) {
        b = value;
        comparisonB.set(null);
    }

    public List<String> pickedNames() {
        return picks.stream().filter(p -> p.picked().get()).map(Pick::name).toList();
    }

    /** Runs A (then B) under the picked scenarios in the background. */
    public void run() {
        List<String> names = pickedNames();
        status.set("Running " + (names.contains("base") ? names.size() : names.size() + 1) + " scenarios...");
        runner.run(a, names, doneA -> {
            if (b == null) {
                show(doneA, null);
                return;
            }
            List<String> forB = names.stream().filter(ScenarioLibrary.namesFor(b)::contains).toList();
            runner.run(b, forB, doneB -> show(doneA, doneB), status::set);
        }, problem -> status.set("The runs failed: " + problem));
    }

    public void cancel() {
        runner.cancel();
        status.set("Cancelled");
    }

    private void show(ScenarioComparison resultA, ScenarioComparison resultB) {
        List<CompareRow> out = new ArrayList<>();
        for (int run = 0; run < resultA.runs().size(); run++) {
            SimulationResult r = resultA.runs().get(run);
            Optional<SimulationResult> other = resultB == null ? Optional.empty()
                    : resultB.runs().stream().filter(x -> x.scenario().equals(r.scenario())).findFirst();
            for (int t = 0; t < r.tranches().size(); t++) {
                int tranche = t;
                out.add(new CompareRow(r.scenario(), r.tranches().get(t), resultA.expectedLossDelta(run, t),
                        other.filter(o -> tranche < o.tranches().size()).map(o -> o.tranches().get(tranche))));
            }
        }
        rows.setAll(out);
        comparisonB.set(resultB);
        comparisonA.set(resultA);
        status.set(resultA.runs().size() + " scenarios on " + resultA.base().paths() + " paths, seed "
                + resultA.base().seed() + (resultB == null ? "" : "; B: " + resultB.structure().name()));
    }

    public Structure structureA() {
        return a;
    }

    public ObservableList<Pick> picks() {
        return picks;
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ScenarioComparison> comparisonProperty() {
        return comparisonA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScenarioComparison> comparisonBProperty() {
        return comparisonB.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ComparisonRunner runner() {
        return runner;
    }
}

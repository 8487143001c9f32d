package io.tranchelab.ui.charts;

import io.tranchelab.chart.TrancheChoice;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The run the charts show and which tranche the per-tranche charts follow. */
public final class ChartsViewModel {

    private final ObservableValue<SimulationResult> result;
    private final IntegerProperty tranche = new SimpleIntegerProperty(this, "tranche");
    private final ObservableList<String> trancheNames = FXCollections.observableArrayList();
    private final ObservableValue<String> badge;
    private boolean shownOnce;

    public ChartsViewModel(ObservableValue<SimulationResult> result) {
        this(result, new SimpleStringProperty(""));
    }

    /** @param badge what the charts carry while they are a preview or stale ({@link io.tranchelab.ui.run.ResultFreshness}) */
    public ChartsViewModel(ObservableValue<SimulationResult> result, ObservableValue<String> badge) {
        this.result = result;
        this.badge = badge;
        result.addListener((o, was, now) -> refreshNames());
        refreshNames();
    }

    private void refreshNames() {
        SimulationResult r = result.getValue();
        if (r == null) {
            return;
        }
        var names = r.tranches().stream().map(TrancheMetrics::name).toList();
        if (!shownOnce) {
            trancheNames.setAll(names);
            tranche.set(firstTrancheThatLoses(r));
            shownOnce = true;
        } else if (!names.equals(trancheNames)) {
            // another stack (a file opened, a tranche added): keep showing the same-named tranche,
            // else start over as on the first run; never an index into another deal's stack
            String shown = tranche.get() < trancheNames.size() ? trancheNames.get(tranche.get()) : null;
            int same = names.indexOf(shown);
            trancheNames.setAll(names);
            tranche.set(same >= 0 ? same : firstTrancheThatLoses(r));
        }
    }

    /** The tranche to show first: {@link TrancheChoice#firstThatLoses}. */
    static int firstTrancheThatLoses(SimulationResult r) {
        return TrancheChoice.firstThatLoses(r);
    }

    /** Follows the tranche selected elsewhere (on the canvas), when the run has it. */
    public void follow(int index) {
        if (index >= 0 && index < trancheNames.size()) {
            tranche.set(index);
        }
    }

    public ObservableValue<SimulationResult> resultProperty() {
        return result;
    }

    /** "Preview · 2,000 paths", "Stale: computing…", or empty when the charts show the current full run. */
    public ObservableValue<String> badgeProperty() {
        return badge;
    }

    public IntegerProperty trancheProperty() {
        return tranche;
    }

    public ObservableList<String> trancheNames() {
        return trancheNames;
    }
}

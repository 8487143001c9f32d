package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The scenario the live run uses, among those the structure can run under: base, its own, then
 * the library's that touch its assets. When the chosen one disappears (renamed, removed, or the
 * asset it shocks is gone) the choice falls back to the base case.
 */
public final class ScenarioChoice {

    private final ObservableValue<Structure> structure;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty chosen = new SimpleStringProperty(this, "chosen", Scenario.BASE_NAME);

    public ScenarioChoice(ObservableValue<Structure> structure) {
        this.structure = structure;
        structure.addListener((o, was, now) -> refresh());
        chosen.addListener((o, was, now) -> {
            if (now == null || !names.contains(now)) {
                chosen.set(Scenario.BASE_NAME);
            }
        });
        refresh();
    }

    private void refresh() {
        List<String> now = ScenarioLibrary.namesFor(structure.getValue());
        if (!now.equals(names)) {
            names.setAll(now);
        }
        if (!names.contains(chosen.get())) {
            chosen.set(Scenario.BASE_NAME);
        }
    }

    public ObservableList<String> names() {
        return FXCollections.unmodifiableObservableList(names);
    }

    public String chosen() {
        return chosen.get();
    }

    /** Set by the picker; a name the structure cannot run under falls back to the base case. */
    public StringProperty chosenProperty() {
        return chosen;
    }
}

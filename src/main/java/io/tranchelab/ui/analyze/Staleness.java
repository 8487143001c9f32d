package io.tranchelab.ui.analyze;

import io.tranchelab.model.Structure;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

import java.util.Objects;

/**
 * Whether an analysis shown is still about the structure being edited: it is stale once the
 * structure or the scenario differs from those it was computed for (an undo back to them makes
 * it fresh again). Nothing shown is never stale.
 */
final class Staleness {

    private final ObservableValue<Structure> structure;
    private final ObservableValue<String> scenario;
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private Structure computedFor;
    private String computedScenario;

    Staleness(ObservableValue<Structure> structure, ObservableValue<String> scenario) {
        this.structure = structure;
        this.scenario = scenario;
        structure.addListener((o, was, now) -> refresh());
        scenario.addListener((o, was, now) -> refresh());
    }

    /** The analysis now shown was computed for this structure under this scenario. */
    void computedFor(Structure value, String scenarioName) {
        computedFor = value;
        computedScenario = scenarioName;
        refresh();
    }

    private void refresh() {
        stale.set(computedFor != null && (!computedFor.equals(structure.getValue())
                || !Objects.equals(computedScenario, scenario.getValue())));
    }

    boolean isStale() {
        return stale.get();
    }

    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
}

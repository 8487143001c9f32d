package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.edit.StructureEditor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The structure's own scenarios, edited: add, rename, remove, the overrides and the shocks. Every
 * change is an edit of the document (one undo step, marks it dirty, saved with the structure's
 * JSON); a change that would make the structure invalid is refused and its problem, named by its
 * JSON pointer, is shown instead.
 */
public final class ScenarioEditorViewModel {

    private final StructureEditor editor;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Structure> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public ScenarioEditorViewModel(StructureEditor editor, ObservableValue<Structure> structure) {
        this.editor = editor;
        structure.addListener((o, was, now) -> refresh(now));
        refresh(structure.getValue());
    }

    private void refresh(Structure s) {
        shown.set(s);
        List<String> now = s.scenarios().stream().map(Scenario::name).toList();
        if (!now.equals(names)) {
            names.setAll(now);
        }
        if (selected.get() >= now.size() || selected.get() < 0 && !now.isEmpty()) {
            selected.set(now.size() - 1);
        }
    }

    /** Adds a neutral scenario with a fresh name and selects it. */
    public boolean add() {
        int n = names.size() + 1;
        while (names.contains("scenario " + n)) {
            n++;
        }
        List<Scenario> scenarios = new ArrayList<>(editor.current().scenarios());
        scenarios.add(ScenarioEdits.blank("scenario " + n));
        boolean applied = apply(editor.current().withScenarios(scenarios));
        if (applied) {
            selected.set(scenarios.size() - 1);
        }
        return applied;
    }

    public boolean remove() {
        Optional<Scenario> current = selectedScenario();
        if (current.isEmpty()) {
            return false;
        }
        List<Scenario> scenarios = new ArrayList<>(editor.current().scenarios());
        scenarios.remove(selected.get());
        return apply(editor.current().withScenarios(scenarios));
    }

    public boolean rename(String name) {
        return change(s -> ScenarioEdits.renamed(s, name.strip()));
    }

    public boolean set(ScenarioField field, double value) {
        return change(s -> ScenarioEdits.with(s, field, value));
    }

    /** Sets the drift of a volatile asset; NaN removes the override. */
    public boolean setDrift(String asset, double drift) {
        return change(s -> ScenarioEdits.withDrift(s, asset, drift));
    }

    public boolean addShock(Shock shock) {
        return change(s -> ScenarioEdits.addShock(s, shock));
    }

    public boolean removeShock(int index) {
        return change(s -> index >= 0 && index < s.shocks().size() ? ScenarioEdits.removeShock(s, index) : s);
    }

    private boolean change(UnaryOperator<Scenario> edit) {
        Optional<Scenario> current = selectedScenario();
        if (current.isEmpty()) {
            error.set("Add a scenario first");
            return false;
        }
        List<Scenario> scenarios = new ArrayList<>(editor.current().scenarios());
        scenarios.set(selected.get(), edit.apply(current.get()));
        return apply(editor.current().withScenarios(scenarios));
    }

    private boolean apply(Structure next) {
        List<Problem> problems = editor.edit(next, false);
        error.set(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        return problems.isEmpty();
    }

    public Optional<Scenario> selectedScenario() {
        List<Scenario> scenarios = editor.current().scenarios();
        int i = selected.get();
        return i >= 0 && i < scenarios.size() ? Optional.of(scenarios.get(i)) : Optional.empty();
    }

    /** The structure the editor shows; changes with every edit, undo and redo. */
    public ReadOnlyObjectProperty<Structure> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<String> names() {
        return names;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The problems of the last refused edit, each "pointer: message"; empty after an applied one. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

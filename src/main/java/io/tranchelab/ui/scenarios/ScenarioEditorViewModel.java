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
 * JSON); a change that would make the structure invalid is refused and its problem is shown
 * instead, naming the field as the form labels it (not by its JSON pointer).
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
        error.set(problems.stream().map(ScenarioEditorViewModel::describe).collect(Collectors.joining("\n")));
        return problems.isEmpty();
    }

    /**
     * Sets the drift overrides from "ETH=-0.5, BTC=0": every part must name an asset of the
     * structure and a number, else nothing is applied and the error names the part (a part that
     * cannot be read is never dropped in silence). Blank removes every override.
     */
    public boolean setDrifts(String text) {
        Optional<Scenario> current = selectedScenario();
        if (current.isEmpty()) {
            error.set("Add a scenario first");
            return false;
        }
        java.util.Map<String, Double> wanted = new java.util.LinkedHashMap<>();
        List<String> assets = editor.current().assets().stream().map(io.tranchelab.model.Asset::id).toList();
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=");
            double drift = kv.length == 2 ? parseNumber(kv[1]) : Double.NaN;
            if (kv.length != 2 || Double.isNaN(drift)) {
                error.set("Drift overrides: \"" + part.strip() + "\" is not ASSET=drift (a yearly decimal, e.g. "
                        + assets.get(0) + "=-0.5)");
                return false;
            }
            String asset = kv[0].strip();
            if (!assets.contains(asset)) {
                error.set("Drift overrides: this structure has no asset " + asset + " (its assets: "
                        + String.join(", ", assets) + ")");
                return false;
            }
            wanted.put(asset, drift);
        }
        return change(s -> {
            Scenario out = s;
            for (String asset : s.driftOverrides().keySet()) {
                if (!wanted.containsKey(asset)) {
                    out = ScenarioEdits.withDrift(out, asset, Double.NaN);
                }
            }
            for (var entry : wanted.entrySet()) {
                out = ScenarioEdits.withDrift(out, entry.getKey(), entry.getValue());
            }
            return out;
        });
    }

    /** Shows a message of the form's own (a shock that cannot be read). */
    public void reject(String message) {
        error.set(message);
    }

    private static double parseNumber(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A validator problem in the form's words: "/scenarios/2/volatilityMultiplier: ..." -> "Volatility multiplier: ...". */
    static String describe(Problem problem) {
        String[] parts = problem.pointer().split("/");
        int at = java.util.Arrays.asList(parts).indexOf("scenarios");
        if (at < 0 || parts.length <= at + 2) {
            return problem.toString();
        }
        String field = parts[at + 2];
        String name = switch (field) {
            case "name" -> "Name";
            case "volatilityMultiplier" -> "Volatility multiplier";
            case "liquidationCapacityMultiplier" -> "Liquidation capacity multiplier";
            case "marketDepthMultiplier" -> "Market depth multiplier";
            case "correlationOverride" -> "Correlation override";
            case "defaultProbabilityMultiplier" -> "PD multiplier";
            case "creditFactorShift" -> "Credit factor shift";
            case "driftOverrides" -> "Drift override" + (parts.length > at + 3 ? " of " + parts[at + 3] : "");
            case "shocks" -> "Shock " + (parts.length > at + 3 ? shockNumber(parts[at + 3]) : "")
                    + (parts.length > at + 4 ? ", " + words(parts[at + 4]) : "");
            default -> words(field);
        };
        return name + ": " + problem.message();
    }

    private static String shockNumber(String index) {
        try {
            return String.valueOf(Integer.parseInt(index) + 1);
        } catch (NumberFormatException e) {
            return index;
        }
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
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

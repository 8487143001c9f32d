package io.tranchelab.ui.params;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.edit.PositionEdits;
import io.tranchelab.ui.edit.PositionValues;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.edit.StructureEdits;
import io.tranchelab.ui.edit.StructureEditor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The parameters of the selection, as rows. The rows are rebuilt when the selection or the
 * layout of the structure changes (another position kind, a tranche added); any other edit,
 * including undo, only refreshes their values, so a slider being dragged keeps its identity.
 */
public final class ParameterPanelViewModel {

    /** A heading and its rows. */
    public record Group(String title, List<ParameterRowViewModel> rows) {
    }

    private final StructureEditor editor;
    private final ObservableValue<Selection> selection;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError");
    private final StringProperty description = new SimpleStringProperty(this, "description");
    private final javafx.beans.property.ReadOnlyBooleanWrapper descriptionShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "descriptionShown");
    private Object layoutKey;

    public ParameterPanelViewModel(StructureEditor editor, ObservableValue<Selection> selection,
                                   ObservableValue<Structure> structure) {
        this.editor = editor;
        this.selection = selection;
        selection.addListener((o, was, now) -> update());
        structure.addListener((o, was, now) -> update());
        update();
    }

    private void update() {
        Structure s = editor.current();
        Object key = List.of(selection.getValue(), shape(s));
        if (!key.equals(layoutKey)) {
            layoutKey = key;
            groups.setAll(ParameterCatalog.forSelection(s, selection.getValue()).stream()
                    .map(g -> new Group(g.title(), g.parameters().stream().map(this::row).toList())).toList());
        } else {
            groups.forEach(g -> g.rows().forEach(ParameterRowViewModel::refresh));
        }
        name.set(nameOf(s, selection.getValue()));
        nameError.set(null);
        description.set(s.description());
        descriptionShown.set(!(selection.getValue() instanceof Selection.Tranche
                || selection.getValue() instanceof Selection.Position));
    }

    /**
     * Commits the deal notes (the structure's description, the report's first paragraph) as an
     * undoable edit; unchanged text is no edit.
     */
    public void submitDescription() {
        String typed = description.get() == null ? "" : description.get().strip();
        Structure s = editor.current();
        if (!typed.equals(s.description())) {
            List<Problem> problems = editor.edit(s.withDescription(typed), false);
            nameError.set(problems.isEmpty() ? null : problems.get(0).toString());
        }
    }

    /** The deal notes being edited, shown with the structure's own parameters. */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** True when the structure (not a tranche or position) is selected: its notes are shown. */
    public javafx.beans.property.ReadOnlyBooleanProperty descriptionShownProperty() {
        return descriptionShown.getReadOnlyProperty();
    }

    private ParameterRowViewModel row(ParameterSpec spec) {
        if (spec instanceof NumberSpec n) {
            return new NumberParameterViewModel(n, editor);
        }
        if (spec instanceof ChoiceSpec c) {
            return new ChoiceParameterViewModel(c, editor);
        }
        return new RangeParameterViewModel((RangeSpec) spec, editor);
    }

    /** What decides which rows exist: the kinds of positions and assets, the tranche count and the waterfall's kind. */
    private static Object shape(Structure s) {
        return List.of(s.positions().stream().map(p -> p.getClass().getSimpleName()).toList(),
                s.assets().stream().map(a -> a.getClass().getSimpleName() + a.id()).toList(),
                s.positions().stream().map(p -> Objects.toString(PositionValues.assetOf(p)))
                        .toList(),
                s.tranches().size(), s.waterfall().kind().id(),
                // hedging overlay (§5.6): a hedge added, removed or renamed changes the groups
                s.hedges().stream().map(h -> h.getClass().getSimpleName() + h.asset() + h.name()).toList(),
                // cross-chain pools (§2.10): a chain added, renamed or rebridged, or a position moved, changes the groups
                s.crossChain().chains().stream().map(c -> c.name() + " via " + c.bridge()).toList(),
                s.crossChain().placements());
    }

    private static String nameOf(Structure s, Selection selected) {
        if (selected instanceof Selection.Tranche t && t.index() < s.tranches().size()) {
            return s.tranches().get(t.index()).name();
        }
        if (selected instanceof Selection.Position p && p.index() < s.positions().size()) {
            return s.positions().get(p.index()).name();
        }
        return s.name();
    }

    /** Renames the selected element (or the structure); a blank name is refused. */
    public void submitName() {
        String typed = name.get() == null ? "" : name.get().trim();
        if (typed.isEmpty()) {
            nameError.set("A name must not be blank");
            return;
        }
        Structure s = editor.current();
        Selection selected = selection.getValue();
        Structure next;
        if (selected instanceof Selection.Tranche t) {
            next = StructureEdits.replaceTranche(s, t.index(), tr -> tr.withName(typed));
        } else if (selected instanceof Selection.Position p) {
            next = PositionEdits.rename(s, p.index(), typed);
        } else {
            next = s.withName(typed);
        }
        List<Problem> problems = editor.edit(next, false);
        nameError.set(problems.isEmpty() ? null : problems.get(0).toString());
    }

    /** Whether the hedge actions (add a put programme or a perp short, remove the last hedge) show: with the pool. */
    public boolean hedgeActionsShown() {
        return !(selection.getValue() instanceof Selection.Tranche || selection.getValue() instanceof Selection.Position);
    }

    /** Adds a put programme on the pool's main volatile asset, as one undoable edit ("Add hedge"). */
    public void addPut() {
        HedgeEdits.addPut(editor.current()).ifPresentOrElse(next -> nameError.set(firstProblem(editor.edit(next, false))),
                () -> nameError.set("A hedge needs a volatile asset: add one first"));
    }

    /** Adds a perpetual short on the pool's main volatile asset, as one undoable edit ("Add hedge"). */
    public void addPerpShort() {
        HedgeEdits.addPerpShort(editor.current()).ifPresentOrElse(
                next -> nameError.set(firstProblem(editor.edit(next, false))),
                () -> nameError.set("A hedge needs a volatile asset: add one first"));
    }

    /** Removes the last hedge ("Remove hedge"); nothing when there is none. */
    public void removeLastHedge() {
        Structure s = editor.current();
        if (!s.hedges().isEmpty()) {
            nameError.set(firstProblem(editor.edit(HedgeEdits.removeLast(s), false)));
        }
    }

    private static String firstProblem(List<Problem> problems) {
        return problems.isEmpty() ? null : problems.get(0).toString();
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** Rows by spec id, for tests and for focusing a row. */
    public ParameterRowViewModel row(String id) {
        return groups.stream().flatMap(g -> g.rows().stream()).filter(r -> r.spec().id().equals(id)).findFirst()
                .orElse(null);
    }
}

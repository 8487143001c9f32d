package io.tranchelab.ui.canvas;

import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.ui.edit.ChainEdits;
import io.tranchelab.ui.edit.PositionEdits;
import io.tranchelab.ui.edit.PositionValues;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.edit.StructureEditor;
import io.tranchelab.ui.edit.TrancheEdits;
import io.tranchelab.format.Formats;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure canvas: the pool's positions with their share of value, the tranche stack with
 * each tranche's live expected loss, and the edits made on the canvas itself (boundary drags,
 * adding, removing and reordering).
 */
public final class CanvasViewModel {

    /** One position row of the pool box. */
    public record PositionItem(String name, String kind, String size, String yield, double share) {
    }

    /** One block of the tranche stack; {@code expectedLoss} is blank until a run matches the stack. */
    public record TrancheItem(String name, double share, String coupon, String expectedLoss, boolean equity) {
    }

    private final StructureEditor editor;
    private final ObservableValue<SimulationResult> result;
    private final ObjectProperty<Selection> selection;
    private final ObservableList<PositionItem> positions = FXCollections.observableArrayList();
    private final ObservableList<TrancheItem> tranches = FXCollections.observableArrayList();
    /** Cross-chain pools: the positions grouped by chain (empty for a pool on one chain). */
    private final ObservableList<ChainGroups.Group> chainGroups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper moveError = new ReadOnlyStringWrapper(this, "moveError", "");
    private final ReadOnlyStringWrapper poolTitle = new ReadOnlyStringWrapper(this, "poolTitle");
    private final ReadOnlyBooleanWrapper canRemove = new ReadOnlyBooleanWrapper(this, "canRemove");
    private final ReadOnlyBooleanWrapper canMoveUp = new ReadOnlyBooleanWrapper(this, "canMoveUp");
    private final ReadOnlyBooleanWrapper canMoveDown = new ReadOnlyBooleanWrapper(this, "canMoveDown");

    public CanvasViewModel(StructureEditor editor, ObservableValue<Structure> structure,
                           ObservableValue<SimulationResult> result, ObjectProperty<Selection> selection) {
        this.editor = editor;
        this.result = result;
        this.selection = selection;
        structure.addListener((o, was, now) -> refresh());
        result.addListener((o, was, now) -> refresh());
        selection.addListener((o, was, now) -> refreshActions());
        refresh();
    }

    private void refresh() {
        Structure s = editor.current();
        double pool = PositionValues.poolValue(s);
        poolTitle.set("Pool  " + Formats.money(pool));
        List<PositionItem> rows = new ArrayList<>();
        for (Position p : s.positions()) {
            double value = PositionValues.initialValue(s, p);
            rows.add(new PositionItem(p.name(), PositionValues.kind(p), Formats.money(value),
                    Formats.percent(PositionValues.yield(p)), pool > 0 ? value / pool : 0));
        }
        List<ChainGroups.Group> groups = ChainGroups.of(s);
        if (!groups.equals(chainGroups)) { // set before the rows: the pool box draws both when the rows change
            chainGroups.setAll(groups);
        }
        if (!rows.equals(positions)) { // a new run changes no position: keep the pool box's nodes
            positions.setAll(rows);
        }
        SimulationResult r = result.getValue();
        boolean matches = r != null && r.tranches().size() == s.tranches().size();
        List<TrancheItem> blocks = new ArrayList<>();
        for (int i = 0; i < s.tranches().size(); i++) {
            Tranche t = s.tranches().get(i);
            boolean equity = i == s.tranches().size() - 1;
            String el = matches ? "EL " + Formats.percent(r.tranches().get(i).expectedLoss()) : "EL ...";
            blocks.add(new TrancheItem(t.name(), t.share(), equity ? "residual" : Formats.percent(t.coupon()), el,
                    equity));
        }
        if (!blocks.equals(tranches)) {
            tranches.setAll(blocks);
        }
        refreshActions();
    }

    private void refreshActions() {
        Structure s = editor.current();
        Selection selected = selection.get();
        if (selected instanceof Selection.Tranche t) {
            canRemove.set(TrancheEdits.canRemove(s.tranches(), t.index()));
            canMoveUp.set(TrancheEdits.canMove(s.tranches(), t.index(), -1));
            canMoveDown.set(TrancheEdits.canMove(s.tranches(), t.index(), 1));
        } else if (selected instanceof Selection.Position p) {
            canRemove.set(PositionEdits.canRemove(s, p.index()));
            canMoveUp.set(PositionEdits.canMove(s, p.index(), -1));
            canMoveDown.set(PositionEdits.canMove(s, p.index(), 1));
        } else {
            canRemove.set(false);
            canMoveUp.set(false);
            canMoveDown.set(false);
        }
    }

    public void select(Selection value) {
        selection.set(value);
    }

    /**
     * Keyboard selection: steps {@code direction} (+1 or -1) through the pool, its positions in
     * order, then the tranches senior first, wrapping at either end.
     */
    public void selectNext(int direction) {
        Structure s = editor.current();
        java.util.List<Selection> order = new java.util.ArrayList<>();
        order.add(Selection.POOL);
        if (chainGroups.isEmpty()) {
            for (int i = 0; i < s.positions().size(); i++) {
                order.add(new Selection.Position(i));
            }
        } else { // in the order the canvas shows them: chain by chain
            chainGroups.forEach(g -> g.positions().forEach(i -> order.add(new Selection.Position(i))));
        }
        for (int i = 0; i < s.tranches().size(); i++) {
            order.add(new Selection.Tranche(i));
        }
        int at = Math.max(0, order.indexOf(selection.get()));
        selection.set(order.get(Math.floorMod(at + Integer.signum(direction), order.size())));
    }

    /** Drags the boundary below tranche {@code boundary} to a cumulative share from the top. */
    public void moveBoundary(int boundary, double cumulativeShare, boolean ongoing) {
        Structure s = editor.current();
        editor.edit(s.withTranches(TrancheEdits.moveBoundary(s.tranches(), boundary, cumulativeShare)), ongoing);
    }

    public void endGesture() {
        editor.endGesture();
    }

    /** Splits the selected tranche (the equity when none is selected) and selects the new one. */
    public void addTranche() {
        Structure s = editor.current();
        int source = selection.get() instanceof Selection.Tranche t ? t.index() : s.tranches().size() - 1;
        boolean fromEquity = source == s.tranches().size() - 1;
        if (!TrancheEdits.canSplit(s.tranches(), source)) {
            return;
        }
        if (editor.edit(s.withTranches(TrancheEdits.split(s.tranches(), source)), false).isEmpty()) {
            selection.set(new Selection.Tranche(fromEquity ? source : source + 1));
        }
    }

    public void addPosition(PositionEdits.Kind kind) {
        if (editor.edit(PositionEdits.add(editor.current(), kind), false).isEmpty()) {
            selection.set(new Selection.Position(editor.current().positions().size() - 1));
        }
    }

    public void removeSelected() {
        Structure s = editor.current();
        Selection selected = selection.get();
        if (!canRemove.get()) {
            return;
        }
        if (selected instanceof Selection.Tranche t) {
            editor.edit(s.withTranches(TrancheEdits.remove(s.tranches(), t.index())), false);
        } else if (selected instanceof Selection.Position p) {
            editor.edit(PositionEdits.remove(s, p.index()), false);
        }
        selection.set(Selection.POOL);
    }

    /**
     * Moves position {@code index} to a chain (a position box dropped on a chain's group;
     * docs/model.md §2.10), as one undo step "Move NAME to CHAIN"; an empty chain is the unnamed
     * home chain. A credit line stays home: refused with the validator's reason.
     *
     * @return null when moved (or already there), else why not
     */
    public String moveToChain(int index, String chain) {
        Structure s = editor.current();
        if (index < 0 || index >= s.positions().size()) {
            return null;
        }
        Structure next = ChainEdits.moveTo(s, index, chain);
        if (next.equals(s)) {
            return null;
        }
        String name = s.positions().get(index).name();
        java.util.List<io.tranchelab.model.Problem> problems = editor.edit(next, "Move " + name + " to "
                + (chain.isEmpty() ? ChainEdits.HOME.toLowerCase(java.util.Locale.ROOT) : chain));
        moveError.set(problems.isEmpty() ? "" : "Cannot move " + name + ": " + problems.get(0));
        if (!problems.isEmpty()) {
            return moveError.get();
        }
        selection.set(new Selection.Position(index));
        return null;
    }

    /** Why the last drag onto a chain was refused; empty when it was not. */
    public ReadOnlyStringProperty moveErrorProperty() {
        return moveError.getReadOnlyProperty();
    }

    /** Moves the selection up (-1) or down (+1) in its list; the selection follows it. */
    public void moveSelected(int offset) {
        Structure s = editor.current();
        Selection selected = selection.get();
        if (offset < 0 ? !canMoveUp.get() : !canMoveDown.get()) {
            return;
        }
        if (selected instanceof Selection.Tranche t) {
            editor.edit(s.withTranches(TrancheEdits.move(s.tranches(), t.index(), offset)), false);
            selection.set(new Selection.Tranche(t.index() + offset));
        } else if (selected instanceof Selection.Position p) {
            editor.edit(PositionEdits.move(s, p.index(), offset), false);
            selection.set(new Selection.Position(p.index() + offset));
        }
    }

    public ObservableList<PositionItem> positions() {
        return positions;
    }

    public ObservableList<ChainGroups.Group> chainGroups() {
        return chainGroups;
    }

    public ObservableList<TrancheItem> tranches() {
        return tranches;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ReadOnlyStringProperty poolTitleProperty() {
        return poolTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRemoveProperty() {
        return canRemove.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveUpProperty() {
        return canMoveUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveDownProperty() {
        return canMoveDown.getReadOnlyProperty();
    }
}

package io.tranchelab.ui;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.edit.StructureEditor;
import io.tranchelab.ui.run.RunKind;
import io.tranchelab.ui.run.SimulationService;
import io.tranchelab.ui.scenarios.ScenarioChoice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ties the document to the recomputation: every change of the structure (an edit, undo, redo,
 * a file opened) asks for a run, a preview while a gesture is under way and a full run
 * otherwise. It is also the editor every view edits through, refusing edits that would add a
 * validation problem.
 */
public final class WorkbenchViewModel implements StructureEditor {

    private final StructureDocument document;
    private final SimulationService simulation;
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection", Selection.POOL);
    private final ScenarioChoice scenario;

    public WorkbenchViewModel(StructureDocument document, SimulationService simulation) {
        this.document = document;
        this.simulation = simulation;
        this.scenario = new ScenarioChoice(document.structureProperty());
        document.structureProperty().addListener((o, was, now) -> {
            keepSelectionInRange(now);
            requestRun(document.inGesture() ? RunKind.PREVIEW : RunKind.FULL);
        });
        scenario.chosenProperty().addListener((o, was, now) -> requestRun(RunKind.FULL));
    }

    private void requestRun(RunKind kind) {
        simulation.request(document.structure(), scenario.chosen(), kind);
    }

    /** The first run, once the window is up. */
    public void start() {
        requestRun(RunKind.FULL);
    }

    @Override
    public Structure current() {
        return document.structure();
    }

    @Override
    public List<Problem> edit(Structure next, boolean ongoing) {
        List<Problem> introduced = problemsIntroduced(document.structure(), next);
        if (introduced.isEmpty()) {
            document.edit(next, ongoing);
        }
        return introduced;
    }

    /**
     * One edit of several values named for the undo menu (an analysis applying its answer),
     * refused like any edit that would add a validation problem.
     */
    @Override
    public List<Problem> edit(Structure next, String name) {
        List<Problem> introduced = problemsIntroduced(document.structure(), next);
        if (introduced.isEmpty()) {
            document.edit(next, name);
        }
        return introduced;
    }

    @Override
    public void endGesture() {
        if (document.inGesture()) {
            document.endGesture();
            requestRun(RunKind.FULL);
        }
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    /**
     * Problems of {@code next} that {@code before} did not have: a structure opened with a
     * problem can still be edited elsewhere, but no edit may add one.
     */
    static List<Problem> problemsIntroduced(Structure before, Structure next) {
        try {
            Set<Problem> existing = new HashSet<>(StructureValidator.validate(before));
            return StructureValidator.validate(next).stream().filter(p -> !existing.contains(p)).toList();
        } catch (RuntimeException e) {
            return List.of(new Problem("", "cannot check the structure: " + e));
        }
    }

    private void keepSelectionInRange(Structure s) {
        Selection selected = selection.get();
        if (selected instanceof Selection.Tranche t && t.index() >= s.tranches().size()
                || selected instanceof Selection.Position p && p.index() >= s.positions().size()) {
            selection.set(Selection.POOL);
        }
    }

    public StructureDocument document() {
        return document;
    }

    public SimulationService simulation() {
        return simulation;
    }

    /** The scenario the live run uses. */
    public ScenarioChoice scenario() {
        return scenario;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }
}

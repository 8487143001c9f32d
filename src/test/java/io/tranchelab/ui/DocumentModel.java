package io.tranchelab.ui;

import io.tranchelab.model.Structure;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.params.NumberParameterViewModel;
import io.tranchelab.ui.params.ParameterPanelViewModel;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import io.tranchelab.ui.run.TaskExecutor;

import java.nio.file.Path;

/**
 * The workbench's document model wired as the app wires it (document, workbench view model,
 * parameter panel), with runs switched off, and a fixed sequence of an analyst's edits made
 * through the same view-model calls the controls make.
 */
public final class DocumentModel {

    /** Edits {@link #edit} knows, numbered from 1. */
    public static final int EDITS = 8;

    public final StructureDocument document;
    public final WorkbenchViewModel viewModel;
    public final ParameterPanelViewModel panel;

    public DocumentModel(Structure initial, Path file) {
        document = new StructureDocument(initial, file);
        viewModel = new WorkbenchViewModel(document, new SimulationService((s, settings, p, c) -> {
            throw new AssertionError("no runs here");
        }, new NoRuns(), 0, 0, new PreviewSizing(40)));
        panel = new ParameterPanelViewModel(viewModel, viewModel.selectionProperty(), document.structureProperty());
    }

    /** Edits 1 to {@code count} on the test structure: what a session that made them holds. */
    public static Structure after(int count) {
        DocumentModel model = new DocumentModel(TestStructures.quick(), null);
        for (int k = 1; k <= count; k++) {
            model.edit(k);
        }
        return model.document.structure();
    }

    public void edit(int k) {
        switch (k) {
            case 1 -> number(new Selection.Tranche(0), "share").submitValue(0.65, false);
            case 2 -> { // a slider drag: one gesture, one undo step
                NumberParameterViewModel coupon = number(new Selection.Tranche(1), "coupon");
                coupon.submitValue(0.11, true);
                coupon.submitValue(0.12, true);
                coupon.submitValue(0.125, true);
                viewModel.endGesture();
            }
            case 3 -> number(Selection.POOL, "paths").submitValue(12_345, false);
            case 4 -> rename(Selection.POOL, "Recovered deal");
            case 5 -> number(new Selection.Position(0), "principal").submitValue(40_000_000, false);
            case 6 -> viewModel.undo();
            case 7 -> viewModel.redo();
            case 8 -> rename(new Selection.Tranche(2), "First loss");
            default -> throw new IllegalArgumentException("no edit " + k);
        }
    }

    /**
     * Edit {@code k} of an endless stream, through the panel as an analyst makes it: the name
     * becomes "edit k" (so a recovered copy tells which edit it holds), and every other edit
     * the path count changes too.
     */
    public void streamEdit(int k) {
        rename(Selection.POOL, "edit " + k);
        if (k % 2 == 0) {
            number(Selection.POOL, "paths").submitValue(1_000 + k, false);
        }
    }

    private NumberParameterViewModel number(Selection selection, String id) {
        viewModel.selectionProperty().set(selection);
        return (NumberParameterViewModel) panel.row(id);
    }

    private void rename(Selection selection, String name) {
        viewModel.selectionProperty().set(selection);
        panel.nameProperty().set(name);
        panel.submitName();
    }

    /** Runs are not what these tests are about: requests are dropped. */
    private static final class NoRuns implements TaskExecutor {
        @Override
        public void runInBackground(Runnable work) {
        }

        @Override
        public void runOnUiThread(Runnable action) {
            action.run();
        }

        @Override
        public Scheduled schedule(Runnable action, long delayMillis) {
            return () -> { };
        }
    }
}

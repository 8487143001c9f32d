package io.tranchelab.ui.document;

import io.tranchelab.model.Structure;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The open structure: its current value, the file it came from, whether it differs from
 * what was saved, and its undo history. Dirty means "differs from the saved value", so undoing
 * back to what is on disk clears the marker.
 */
public final class StructureDocument {

    private final ReadOnlyObjectWrapper<Structure> structure = new ReadOnlyObjectWrapper<>(this, "structure");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final UndoHistory history = new UndoHistory();
    private Structure saved;

    public StructureDocument(Structure initial, Path origin) {
        load(initial, origin);
        title.bind(Bindings.createStringBinding(this::computeTitle, structure, file, dirty));
    }

    /** Replaces the document (New, Open): a fresh history, nothing to save. */
    public void load(Structure value, Path origin) {
        history.clear();
        saved = value;
        file.set(origin);
        structure.set(value);
        refreshFlags();
    }

    /**
     * Opens work recovered after a crash: unsaved (dirty) with a fresh history, and tied to the
     * file it came from, so Save writes there ({@code origin} null: untitled).
     */
    public void restore(Structure value, Path origin) {
        load(value, origin);
        saved = null;
        refreshFlags();
    }

    /** Applies an edit; edits during one gesture make one undo step. Equal values are not an edit. */
    public void edit(Structure next, boolean gestureContinues) {
        Objects.requireNonNull(next, "next");
        if (next.equals(structure.get())) {
            if (!gestureContinues) {
                history.endGesture();
            }
            return;
        }
        history.recordEdit(structure.get(), gestureContinues);
        structure.set(next);
        refreshFlags();
    }

    /**
     * Applies an edit of several values as one undo step named {@code name} ("Apply solved senior
     * share 81.2 %"), for the undo menu. Never part of a gesture; an equal value is not an edit.
     */
    public void edit(Structure next, String name) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(name, "name");
        history.endGesture();
        if (next.equals(structure.get())) {
            return;
        }
        history.recordEdit(structure.get(), false, name);
        structure.set(next);
        refreshFlags();
    }

    public void endGesture() {
        history.endGesture();
    }

    public boolean inGesture() {
        return history.inGesture();
    }

    /** The edit Undo would take back, named for the menu ("Change volatility"); null when none. */
    public String undoName() {
        return history.undoName(structure.get());
    }

    /** The edit Redo would do again; null when none. */
    public String redoName() {
        return history.redoName(structure.get());
    }

    public void undo() {
        if (history.canUndo()) {
            structure.set(history.undo(structure.get()));
            refreshFlags();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            structure.set(history.redo(structure.get()));
            refreshFlags();
        }
    }

    /** Records that the current value is now what {@code target} holds. */
    public void markSaved(Path target) {
        saved = structure.get();
        file.set(target);
        refreshFlags();
    }

    private void refreshFlags() {
        dirty.set(!structure.get().equals(saved));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private String computeTitle() {
        String shown = file.get() == null ? "Untitled" : String.valueOf(file.get().getFileName());
        return (dirty.get() ? "* " : "") + shown + " - " + structure.get().name() + " - TrancheLab";
    }

    public Structure structure() {
        return structure.get();
    }

    public ReadOnlyObjectProperty<Structure> structureProperty() {
        return structure.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}

package io.tranchelab.ui.params;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.edit.StructureEditor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;

/**
 * What every parameter row shares: applying a candidate structure through the editor, the
 * inline error when a value is refused, and the gesture a slider drag makes.
 */
public abstract sealed class ParameterRowViewModel permits NumberParameterViewModel, RangeParameterViewModel,
        ChoiceParameterViewModel {

    protected final StructureEditor editor;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final BooleanProperty changing = new SimpleBooleanProperty(this, "changing");
    /** True while the row copies values from the structure, so the copy is not taken for an edit. */
    protected boolean refreshing;

    protected ParameterRowViewModel(StructureEditor editor) {
        this.editor = editor;
        changing.addListener((o, was, now) -> {
            if (!now) {
                editor.endGesture();
                refresh();
            }
        });
    }

    public abstract ParameterSpec spec();

    /** Copies the parameter's current value from the structure into the row. */
    public abstract void refresh();

    /** Applies a candidate; flags and refuses it when the spec or the validator objects. */
    protected boolean apply(String rangeProblem, java.util.function.Supplier<Structure> candidate, boolean ongoing) {
        if (rangeProblem != null) {
            error.set(spec().label() + " " + rangeProblem);
            return false;
        }
        List<Problem> problems = editor.edit(candidate.get(), ongoing);
        if (!problems.isEmpty()) {
            error.set(problems.get(0).toString());
            return false;
        }
        error.set(null);
        return true;
    }

    protected void clearError() {
        error.set(null);
    }

    protected void flag(String message) {
        error.set(message);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /** Bound to the slider's valueChanging: true while the thumb is dragged. */
    public BooleanProperty changingProperty() {
        return changing;
    }
}

package io.tranchelab.ui.params;

import io.tranchelab.ui.edit.StructureEditor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** One choice among named options: choosing another applies it at once, as one undoable edit. */
public final class ChoiceParameterViewModel extends ParameterRowViewModel {

    private final ChoiceSpec spec;
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected");

    public ChoiceParameterViewModel(ChoiceSpec spec, StructureEditor editor) {
        super(editor);
        this.spec = spec;
        refresh();
        selected.addListener((o, was, now) -> {
            if (!refreshing && now.intValue() >= 0) {
                choose(now.intValue());
            }
        });
    }

    @Override
    public ChoiceSpec spec() {
        return spec;
    }

    @Override
    public void refresh() {
        refreshing = true;
        try {
            selected.set(spec.getter().applyAsInt(editor.current()));
            clearError();
        } finally {
            refreshing = false;
        }
    }

    /** Applies option {@code index}; a refused choice leaves the structure as it was, with the reason shown. */
    public void choose(int index) {
        if (index == spec.getter().applyAsInt(editor.current())) {
            return;
        }
        if (!apply(null, () -> spec.setter().apply(editor.current(), index), false)) {
            String reason = error();
            refresh();
            flag(reason);
        }
    }

    /** The chosen option's index, bound to the combo box's selection. */
    public IntegerProperty selectedProperty() {
        return selected;
    }
}

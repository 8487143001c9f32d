package io.tranchelab.ui.params;

import io.tranchelab.ui.edit.StructureEditor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One choice: the options the structure offers and the chosen one; choosing applies it as one named edit. */
public final class ChoiceParameterViewModel extends ParameterRowViewModel {

    private final ChoiceSpec spec;
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final StringProperty value = new SimpleStringProperty(this, "value");

    public ChoiceParameterViewModel(ChoiceSpec spec, StructureEditor editor) {
        super(editor);
        this.spec = spec;
        refresh();
        value.addListener((o, was, now) -> {
            if (!refreshing && now != null && !now.equals(spec.getter().apply(editor.current()))) {
                submit(now);
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
            options.setAll(spec.options().apply(editor.current()));
            value.set(spec.getter().apply(editor.current()));
            clearError();
        } finally {
            refreshing = false;
        }
    }

    /** Applies {@code option}; a refused choice is flagged and the row shows the structure's own again. */
    public void submit(String option) {
        io.tranchelab.model.Structure before = editor.current();
        if (!apply(null, () -> spec.setter().apply(before, option), false)) {
            String message = error();
            refresh();
            flag(message);
        }
    }

    public ObservableList<String> options() {
        return options;
    }

    public StringProperty valueProperty() {
        return value;
    }
}

package io.tranchelab.ui.params;

import io.tranchelab.ui.edit.StructureEditor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One number: a slider value and a typed text, both in model units. Moving the slider edits at
 * once (a preview gesture while it is dragged); typed text is applied on commit. An absent cap
 * (+infinity) shows as "unlimited" with the slider at its top.
 */
public final class NumberParameterViewModel extends ParameterRowViewModel {

    private final NumberSpec spec;
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper(this, "sliderMin");
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(this, "sliderMax");
    /** What an applied value also did, or a doubt about its magnitude; null when nothing to say. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    public NumberParameterViewModel(NumberSpec spec, StructureEditor editor) {
        super(editor);
        this.spec = spec;
        refresh();
        value.addListener((o, was, now) -> {
            if (!refreshing) {
                submitValue(now.doubleValue(), changingProperty().get());
            }
        });
    }

    @Override
    public NumberSpec spec() {
        return spec;
    }

    @Override
    public void refresh() {
        refreshing = true;
        try {
            double current = spec.getter().applyAsDouble(editor.current());
            boolean finite = Double.isFinite(current);
            sliderMin.set(finite ? Math.min(spec.sliderMin(), current) : spec.sliderMin());
            sliderMax.set(finite ? Math.max(spec.sliderMax(), current) : spec.sliderMax());
            value.set(finite ? current : sliderMax.get());
            text.set(spec.unit().format(current));
            clearError();
            notice.set(null);
        } finally {
            refreshing = false;
        }
    }

    /** From the slider: applies the value, as part of a gesture while {@code ongoing}. */
    public void submitValue(double modelValue, boolean ongoing) {
        double v = spec.unit().integral() ? Math.round(modelValue) : modelValue;
        io.tranchelab.model.Structure before = editor.current();
        if (apply(spec.check(before, v), () -> spec.setter().apply(before, v), ongoing)) {
            text.set(spec.unit().format(v));
            notice.set(advice(before, v));
        }
    }

    /** From the field (Enter or leaving it): parses and applies; a bad value stays in the field, flagged. */
    public void submitText() {
        double v;
        try {
            v = spec.unit().parse(text.get());
        } catch (NumberFormatException e) {
            flag(spec.label() + ": " + e.getMessage());
            return;
        }
        double rounded = spec.unit().integral() ? Math.round(v) : v;
        io.tranchelab.model.Structure before = editor.current();
        if (rounded == spec.getter().applyAsDouble(before)) {
            refresh(); // nothing changed (e.g. focus left the field): keep any note on screen
            return;
        }
        if (apply(spec.check(before, rounded), () -> spec.setter().apply(before, rounded), false)) {
            refresh();
            notice.set(advice(before, rounded));
        } else {
            notice.set(null);
        }
    }

    private String advice(io.tranchelab.model.Structure before, double v) {
        return spec.advice() == null ? null : spec.advice().apply(before, v);
    }

    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyDoubleProperty sliderMinProperty() {
        return sliderMin.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sliderMaxProperty() {
        return sliderMax.getReadOnlyProperty();
    }
}

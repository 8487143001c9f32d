package io.tranchelab.ui.params;

import io.tranchelab.ui.edit.StructureEditor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A low-high pair on a range slider with a typed field for each end. */
public final class RangeParameterViewModel extends ParameterRowViewModel {

    private final RangeSpec spec;
    private final DoubleProperty low = new SimpleDoubleProperty(this, "low");
    private final DoubleProperty high = new SimpleDoubleProperty(this, "high");
    private final StringProperty lowText = new SimpleStringProperty(this, "lowText");
    private final StringProperty highText = new SimpleStringProperty(this, "highText");

    public RangeParameterViewModel(RangeSpec spec, StructureEditor editor) {
        super(editor);
        this.spec = spec;
        refresh();
        low.addListener((o, was, now) -> submitSlider());
        high.addListener((o, was, now) -> submitSlider());
    }

    @Override
    public RangeSpec spec() {
        return spec;
    }

    @Override
    public void refresh() {
        refreshing = true;
        try {
            double lo = spec.lowGetter().applyAsDouble(editor.current());
            double hi = spec.highGetter().applyAsDouble(editor.current());
            high.set(hi);
            low.set(lo);
            high.set(hi);
            lowText.set(spec.unit().format(lo));
            highText.set(spec.unit().format(hi));
            clearError();
        } finally {
            refreshing = false;
        }
    }

    private void submitSlider() {
        if (refreshing) {
            return;
        }
        double lo = low.get();
        double hi = high.get();
        if (apply(spec.check(lo, hi), () -> spec.setter().apply(editor.current(), lo, hi), changingProperty().get())) {
            lowText.set(spec.unit().format(lo));
            highText.set(spec.unit().format(hi));
        }
    }

    public void submitText() {
        double lo;
        double hi;
        try {
            lo = spec.unit().parse(lowText.get());
            hi = spec.unit().parse(highText.get());
        } catch (NumberFormatException e) {
            flag(spec.label() + ": " + e.getMessage());
            return;
        }
        if (apply(spec.check(lo, hi), () -> spec.setter().apply(editor.current(), lo, hi), false)) {
            refresh();
        }
    }

    public DoubleProperty lowProperty() {
        return low;
    }

    public DoubleProperty highProperty() {
        return high;
    }

    public StringProperty lowTextProperty() {
        return lowText;
    }

    public StringProperty highTextProperty() {
        return highText;
    }
}

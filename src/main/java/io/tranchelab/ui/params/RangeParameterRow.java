package io.tranchelab.ui.params;

import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.RangeSlider;

/** A range slider with a typed field for each end (a loan book's LTV range). */
final class RangeParameterRow {

    private RangeParameterRow() {
    }

    static int addTo(GridPane grid, int row, RangeParameterViewModel vm) {
        RangeSpec spec = vm.spec();
        RangeSlider slider = new RangeSlider(0, Math.max(1, vm.highProperty().get()), vm.lowProperty().get(),
                vm.highProperty().get());
        slider.setId("slider-" + spec.id());
        slider.lowValueProperty().bindBidirectional(vm.lowProperty());
        slider.highValueProperty().bindBidirectional(vm.highProperty());
        vm.changingProperty().bind(slider.lowValueChangingProperty().or(slider.highValueChangingProperty()));
        slider.setMinWidth(90);
        GridPane.setHgrow(slider, Priority.ALWAYS);

        TextField low = field(spec.id() + "-low", vm);
        TextField high = field(spec.id() + "-high", vm);
        low.textProperty().bindBidirectional(vm.lowTextProperty());
        high.textProperty().bindBidirectional(vm.highTextProperty());
        HBox fields = new HBox(4, low, high);

        grid.addRow(row, NumberParameterRow.label(spec), slider, fields, NumberParameterRow.unitLabel(spec.unit()));
        slider.setTooltip(NumberParameterRow.tooltip(spec));
        grid.add(ErrorLine.boundTo(vm.errorProperty(), low, high), 0, row + 1, 4, 1);
        return row + 2;
    }

    private static TextField field(String id, RangeParameterViewModel vm) {
        TextField field = new TextField();
        field.setId("field-" + id);
        field.setPrefColumnCount(4);
        field.setOnAction(e -> vm.submitText());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.submitText();
            }
        });
        return field;
    }
}

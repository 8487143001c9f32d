package io.tranchelab.ui.params;

import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;

/** Label and drop-down of one choice, with its error line below; the keyboard opens and moves it. */
final class ChoiceParameterRow {

    private ChoiceParameterRow() {
    }

    /** Adds the row to {@code grid} at {@code row} and the error line under it; returns the next free row. */
    static int addTo(GridPane grid, int row, ChoiceParameterViewModel vm) {
        ChoiceSpec spec = vm.spec();
        ComboBox<String> box = new ComboBox<>(vm.options());
        box.setId("choice-" + spec.id());
        box.valueProperty().bindBidirectional(vm.valueProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(NumberParameterRow.tooltip(spec));
        javafx.scene.control.Label label = NumberParameterRow.label(spec);
        label.setLabelFor(box);
        grid.add(label, 0, row);
        grid.add(box, 1, row, 3, 1);
        grid.add(ErrorLine.boundTo(vm.errorProperty(), box), 0, row + 1, 4, 1);
        return row + 2;
    }
}

package io.tranchelab.ui.params;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;

/** Label and a drop-down of the options (keyboard: Tab to it, Alt+Down or Space to open, arrows to choose). */
final class ChoiceParameterRow {

    private ChoiceParameterRow() {
    }

    static int addTo(GridPane grid, int row, ChoiceParameterViewModel vm) {
        ChoiceSpec spec = vm.spec();
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(spec.options()));
        box.setId("choice-" + spec.id());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getSelectionModel().select(vm.selectedProperty().get());
        box.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now.intValue());
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (box.getSelectionModel().getSelectedIndex() != now.intValue()) {
                box.getSelectionModel().select(now.intValue());
            }
        });
        box.setTooltip(NumberParameterRow.tooltip(spec));
        grid.add(NumberParameterRow.label(spec), 0, row);
        grid.add(box, 1, row, 3, 1);
        grid.add(ErrorLine.boundTo(vm.errorProperty(), box), 0, row + 1, 4, 1);
        return row + 2;
    }
}

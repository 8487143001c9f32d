package io.tranchelab.ui.scenarios;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** "Scenario: [base v]": which market the live run simulates. */
public final class ScenarioPickerView extends HBox {

    private final ScenarioChoice choice;
    private final ComboBox<String> combo = new ComboBox<>();

    public ScenarioPickerView(ScenarioChoice choice) {
        this.choice = choice;
        createView();
        initListeners();
    }

    private void createView() {
        setId("scenario-picker");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        combo.setId("scenario-combo");
        combo.setItems(choice.names());
        combo.setValue(choice.chosen());
        combo.setTooltip(new Tooltip("The market the live run simulates: the base case, the structure's own"
                + " scenarios or a historical stress replay (docs/scenarios.md)"));
        combo.setPrefWidth(240);
        getChildren().addAll(new Label("Scenario:"), combo);
    }

    private void initListeners() {
        combo.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                choice.chosenProperty().set(now);
            } else {
                combo.setValue(choice.chosen()); // items replaced under it: show the choice, never a blank
            }
        });
        choice.chosenProperty().addListener((o, was, now) -> combo.setValue(now));
        choice.names().addListener((javafx.collections.ListChangeListener<String>) c -> combo.setValue(choice.chosen()));
    }
}

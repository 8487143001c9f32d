package io.tranchelab.ui.params;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/** Label, slider, typed field and unit of one number, with its error line below. */
final class NumberParameterRow {

    private NumberParameterRow() {
    }

    /** Adds the row to {@code grid} at {@code row} and the error line under it; returns the next free row. */
    static int addTo(GridPane grid, int row, NumberParameterViewModel vm) {
        NumberSpec spec = vm.spec();
        Slider slider = new Slider();
        slider.setId("slider-" + spec.id());
        slider.minProperty().bind(vm.sliderMinProperty());
        slider.maxProperty().bind(vm.sliderMaxProperty());
        slider.valueProperty().bindBidirectional(vm.valueProperty());
        vm.changingProperty().bind(slider.valueChangingProperty());
        slider.setMinWidth(90);
        SliderKeys.install(slider);
        GridPane.setHgrow(slider, Priority.ALWAYS);

        TextField field = new TextField();
        field.setId("field-" + spec.id());
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(vm.textProperty());
        field.setOnAction(e -> vm.submitText());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.submitText();
            }
        });
        field.setAlignment(Pos.CENTER_RIGHT);

        grid.addRow(row, label(spec), slider, field, unitLabel(spec.unit()));
        Tooltip tip = tooltip(spec);
        slider.setTooltip(tip);
        field.setTooltip(tip);
        grid.add(ErrorLine.boundTo(vm.errorProperty(), field), 0, row + 1, 4, 1);
        Label notice = new Label();
        notice.setId("notice-" + spec.id());
        notice.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL, "param-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        grid.add(notice, 0, row + 2, 4, 1);
        return row + 3;
    }

    static Label label(ParameterSpec spec) {
        Label label = new Label(spec.label());
        label.setTooltip(tooltip(spec));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    static Label unitLabel(ValueUnit unit) {
        boolean shownInField = unit == ValueUnit.PERCENT || unit == ValueUnit.USD;
        Label label = new Label(shownInField ? "" : unit.label());
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Label.USE_PREF_SIZE); // "years", never "ye..."
        return label;
    }

    static Tooltip tooltip(ParameterSpec spec) {
        Tooltip tip = new Tooltip(spec.label() + ": " + spec.tooltip());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }
}

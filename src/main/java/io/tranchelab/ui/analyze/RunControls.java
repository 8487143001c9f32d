package io.tranchelab.ui.analyze;

import atlantafx.base.theme.Styles;
import io.tranchelab.ui.run.TaskProgress;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Run, and while the run goes on its progress: "Alignment map of Senior EL · 37 % · about 40 s
 * left", a bar and Cancel. Run is disabled while running; Cancel only then.
 */
final class RunControls extends HBox {

    RunControls(String idPrefix, TaskProgress progress, Runnable run, Runnable cancel) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        Button start = new Button("Run");
        start.setId(idPrefix + "-run");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setOnAction(e -> run.run());
        start.disableProperty().bind(progress.runningProperty());
        Button stop = new Button("Cancel");
        stop.setId(idPrefix + "-cancel");
        stop.setOnAction(e -> cancel.run());
        stop.disableProperty().bind(progress.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "-progress");
        bar.setPrefWidth(160);
        // indeterminate until the first report, so the bar moves from the start
        bar.progressProperty().bind(Bindings.when(progress.fractionProperty().greaterThan(0))
                .then(progress.fractionProperty()).otherwise(-1.0));
        bar.visibleProperty().bind(progress.runningProperty());
        Label text = new Label();
        text.setId(idPrefix + "-progress-text");
        text.textProperty().bind(progress.textProperty());
        getChildren().addAll(start, stop, bar, text);
    }

    /** Adds "Include in the PDF report" (File > Export report) before the progress. */
    RunControls withReportOption(String idPrefix, javafx.beans.property.BooleanProperty include) {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox("Include in the PDF report");
        box.setId(idPrefix + "-in-report");
        box.selectedProperty().bindBidirectional(include);
        box.setTooltip(new javafx.scene.control.Tooltip("File > Export report (PDF) adds this chart at the end,"
                + " unless the structure or scenario changed since it was computed."));
        getChildren().add(2, box);
        return this;
    }
}

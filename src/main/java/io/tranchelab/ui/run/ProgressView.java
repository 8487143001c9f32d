package io.tranchelab.ui.run;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The status bar's "Full run · 37 % · about 40 s left [Cancel]": the newest background task
 * still running (a run, a comparison, slides, an export), hidden when none is.
 */
public final class ProgressView extends HBox {

    private final BackgroundJobs jobs;
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    public ProgressView(BackgroundJobs jobs) {
        this.jobs = jobs;
        createView();
        initListeners();
        show(jobs.shownProperty().get());
    }

    private void createView() {
        setId("status-progress");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        text.setId("status-progress-text");
        bar.setId("status-progress-bar");
        bar.setPrefWidth(120);
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("small");
        getChildren().addAll(text, bar, cancel);
        managedProperty().bind(visibleProperty());
    }

    private void initListeners() {
        jobs.shownProperty().addListener((o, was, now) -> show(now));
    }

    private void show(TaskProgress task) {
        text.textProperty().unbind();
        bar.progressProperty().unbind();
        setVisible(task != null);
        if (task == null) {
            cancel.setOnAction(null);
            return;
        }
        text.textProperty().bind(task.textProperty());
        // indeterminate until the first report, so the bar moves from the start
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(task.fractionProperty().greaterThan(0))
                .then(task.fractionProperty()).otherwise(-1.0));
        cancel.setOnAction(e -> task.cancel());
    }
}

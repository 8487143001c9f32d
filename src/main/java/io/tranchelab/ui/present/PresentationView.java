package io.tranchelab.ui.present;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The presentation: the scenario's name and the slide number on top, the slide (or the progress) below. */
public final class PresentationView extends BorderPane {

    private final PresentationViewModel viewModel;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label waiting = new Label();

    public PresentationView(PresentationViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
        showSlide();
    }

    private void createView() {
        setId("presentation");
        getStyleClass().add("presentation");
        getStylesheets().add(PresentationView.class.getResource("presentation.css").toExternalForm());
        Label title = new Label();
        title.setId("slide-title");
        title.getStyleClass().add("slide-title");
        title.textProperty().bind(viewModel.scenarioNameProperty());
        Label structure = new Label(viewModel.structure().name());
        structure.getStyleClass().add("slide-subtitle");
        Label number = new Label();
        number.setId("slide-number");
        number.getStyleClass().add("slide-subtitle");
        number.textProperty().bind(viewModel.positionProperty());
        // a long scenario name wraps rather than being cut; the slide number is always whole; the
        // structure's name gives way first (whole in its tooltip)
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        number.setMinWidth(Region.USE_PREF_SIZE);
        structure.setMinWidth(0);
        structure.setTooltip(new javafx.scene.control.Tooltip(viewModel.structure().name()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(24, title, structure, gap, number);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.setPadding(new Insets(14, 24, 6, 24));
        setTop(header);

        progress.setId("slide-progress");
        progress.setPrefSize(120, 120);
        waiting.getStyleClass().add("slide-subtitle");
        waiting.setText("Running every scenario on the same paths... (Esc leaves)");
    }

    private void initListeners() {
        viewModel.comparisonProperty().addListener((o, was, now) -> showSlide());
        viewModel.indexProperty().addListener((o, was, now) -> showSlide());
        viewModel.runner().progressProperty().addListener((o, was, now) -> {
            if (viewModel.runner().runningProperty().get()) {
                progress.setProgress(now.doubleValue());
            }
        });
        viewModel.errorProperty().addListener((o, was, now) -> waiting.setText("The runs failed: " + now));
    }

    private void showSlide() {
        if (viewModel.comparisonProperty().get() == null) {
            VBox box = new VBox(24, progress, waiting);
            box.setAlignment(Pos.CENTER);
            setCenter(box);
        } else if (viewModel.isHedgeSlide()) {
            setCenter(new HedgeSlideView(viewModel.hedgeProperty().get()));
        } else {
            setCenter(new SlideView(viewModel.structure(), viewModel.comparisonProperty().get(),
                    viewModel.indexProperty().get()));
        }
    }
}

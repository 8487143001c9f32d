package io.tranchelab.ui.analyze;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import static io.tranchelab.ui.analyze.AnalysisViews.field;
import static io.tranchelab.ui.analyze.AnalysisViews.row;
import static io.tranchelab.ui.analyze.AnalysisViews.text;

/**
 * "Solve for...": the question, its target, tranche and day, paths and seeds; Solve with its
 * progress; the answer, its Monte Carlo interval and the direct-run check; Apply.
 */
final class SolveView extends VBox {

    private final SolveViewModel viewModel;

    SolveView(SolveViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        createView();
    }

    private void createView() {
        setId("analyze-solve");
        setPadding(new Insets(12));
        ChoiceBox<SolveQuestionKind> question = new ChoiceBox<>(
                FXCollections.observableArrayList(SolveQuestionKind.values()));
        question.setId("solve-question");
        question.valueProperty().bindBidirectional(viewModel.questionProperty());
        Label targetLabel = new Label();
        targetLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.questionProperty().get().targetLabel(), viewModel.questionProperty()));
        TextField target = field("solve-target", 8);
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        ComboBox<String> tranche = new ComboBox<>(viewModel.tranches());
        tranche.setId("solve-tranche");
        tranche.valueProperty().bindBidirectional(viewModel.trancheProperty());
        Label trancheLabel = new Label("Tranche");
        showWhen(viewModel.questionProperty().get().needsTranche(), trancheLabel, tranche);
        TextField day = field("solve-day", 4);
        day.textProperty().bindBidirectional(viewModel.dayProperty());
        Label dayLabel = new Label("Crash on day");
        showWhen(viewModel.questionProperty().get() == SolveQuestionKind.BREAK_EVEN_CRASH, dayLabel, day);
        viewModel.questionProperty().addListener((o, was, now) -> {
            showWhen(now.needsTranche(), trancheLabel, tranche);
            showWhen(now == SolveQuestionKind.BREAK_EVEN_CRASH, dayLabel, day);
        });
        FlowPane ask = row(new Label("Solve for"), question);
        FlowPane terms = row(targetLabel, target, trancheLabel, tranche, dayLabel, day);
        TextField paths = field("solve-paths", 7);
        paths.textProperty().bindBidirectional(viewModel.pathsProperty());
        TextField seeds = field("solve-seeds", 3);
        seeds.textProperty().bindBidirectional(viewModel.seedsProperty());
        FlowPane runs = row(new Label("Paths per run"), paths, new Label("Seeds (the interval)"), seeds);
        RunControls run = new RunControls("solve", viewModel.progress(), viewModel::solve, viewModel::cancel);
        ((Button) run.getChildren().get(0)).setText("Solve");

        Label answer = text("solve-answer", viewModel.answerTextProperty());
        answer.getStyleClass().addAll(Styles.TITLE_4);
        Label interval = text("solve-interval", viewModel.intervalTextProperty());
        Label check = text("solve-check", viewModel.checkTextProperty());
        Button apply = new Button("Apply to the structure");
        apply.setId("solve-apply");
        apply.disableProperty().bind(viewModel.canApplyProperty().not());
        apply.setOnAction(e -> viewModel.apply());
        Label message = text("solve-message", viewModel.messageProperty());
        StaleBanner stale = new StaleBanner("solve-stale", viewModel.staleProperty(), StaleBanner.ANSWER);
        getChildren().addAll(ask, terms, runs, run, stale, answer, interval, check, apply, message);
    }

    private static void showWhen(boolean shown, javafx.scene.Node... nodes) {
        for (javafx.scene.Node node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }
}

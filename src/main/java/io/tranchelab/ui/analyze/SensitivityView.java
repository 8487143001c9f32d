package io.tranchelab.ui.analyze;

import io.tranchelab.chart.TornadoChart;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.ui.analyze.SensitivityViewModel.BumpKind;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;

/** The tornado: metric, bump and paths above, the chart in the middle, what was skipped or failed below. */
final class SensitivityView extends BorderPane {

    private final SensitivityViewModel viewModel;
    private final TornadoChart chart = new TornadoChart();
    private final ChartViewer viewer = new ChartViewer(chart.chart());

    SensitivityView(SensitivityViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        setId("analyze-sensitivity");
        ComboBox<MetricSpec> metric = new ComboBox<>(viewModel.metrics());
        metric.setId("sensitivity-metric");
        metric.setConverter(metricNames());
        metric.valueProperty().bindBidirectional(viewModel.metricProperty());
        metric.setVisibleRowCount(14);
        TextField bump = AnalysisViews.field("sensitivity-bump", 5, viewModel.bumpProperty());
        ChoiceBox<BumpKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(BumpKind.values());
        kind.valueProperty().bindBidirectional(viewModel.bumpKindProperty());
        TextField paths = AnalysisViews.field("sensitivity-paths", 7, viewModel.pathsProperty());
        FlowPane settings = new FlowPane(10, 6, new Label("Metric"), metric, new Label("Bump \u00b1"), bump, kind,
                new Label("Paths per run"), paths);
        settings.setAlignment(Pos.CENTER_LEFT);
        RunControls run = new RunControls("sensitivity", viewModel.progress(), viewModel::run, viewModel::cancel)
                .withReportOption("sensitivity", viewModel.includeInReportProperty());
        VBox top = new VBox(6, settings, run, new StaleBanner("sensitivity-stale", viewModel.staleProperty()));
        top.setPadding(new Insets(8));
        setTop(top);
        viewer.setId("chart-tornado");
        setCenter(viewer);
        setBottom(AnalysisViews.messageLine("sensitivity-message", viewModel.messageProperty()));
    }

    private void initListeners() {
        AnalysisViews.showPictures(viewModel.pictureProperty(), chart::show, chart.chart().getPlot(),
                "Choose a metric and press Run: each parameter is bumped down and up and the metric rerun on the"
                        + " same seed.", viewModel.progress());
    }

    ChartViewer viewer() {
        return viewer;
    }

    static StringConverter<MetricSpec> metricNames() {
        return new StringConverter<>() {
            @Override
            public String toString(MetricSpec metric) {
                return MetricChoices.label(metric);
            }

            @Override
            public MetricSpec fromString(String text) {
                return null; // not editable
            }
        };
    }
}

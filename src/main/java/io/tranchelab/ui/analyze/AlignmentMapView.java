package io.tranchelab.ui.analyze;

import io.tranchelab.chart.AlignmentMapChart;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.NumericParameter;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;

import static io.tranchelab.ui.analyze.AnalysisViews.field;
import static io.tranchelab.ui.analyze.AnalysisViews.row;

/**
 * The alignment map: metric and target, the two parameters with their ranges, points and paths
 * above; the map, filling as it is computed, in the middle; why a run stopped or failed below.
 */
final class AlignmentMapView extends BorderPane {

    private final AlignmentMapViewModel viewModel;
    private final AlignmentMapChart chart = new AlignmentMapChart();
    private final ChartViewer viewer = new ChartViewer(chart.chart());

    AlignmentMapView(AlignmentMapViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        setId("analyze-map");
        ComboBox<MetricSpec> metric = new ComboBox<>(viewModel.metrics());
        metric.setId("map-metric");
        metric.setConverter(SensitivityView.metricNames());
        metric.valueProperty().bindBidirectional(viewModel.metricProperty());
        metric.setVisibleRowCount(14);
        ChoiceBox<TargetKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(TargetKind.values()));
        kind.setId("map-target-kind");
        kind.valueProperty().bindBidirectional(viewModel.targetKindProperty());
        ComboBox<String> rating = new ComboBox<>(FXCollections.observableArrayList(AlignmentMapViewModel.ratings()));
        rating.setId("map-rating");
        rating.valueProperty().bindBidirectional(viewModel.ratingProperty());
        rating.visibleProperty().bind(viewModel.targetKindProperty().isEqualTo(TargetKind.RATING));
        rating.managedProperty().bind(rating.visibleProperty());
        TextField limit = field("map-limit", 7, viewModel.limitProperty());
        limit.visibleProperty().bind(viewModel.targetKindProperty().isEqualTo(TargetKind.LIMIT));
        limit.managedProperty().bind(limit.visibleProperty());
        Label orBetter = new Label("or better");
        orBetter.visibleProperty().bind(rating.visibleProperty());
        orBetter.managedProperty().bind(orBetter.visibleProperty());
        FlowPane what = row(new Label("Metric"), metric, new Label("Contour at"), kind, rating, orBetter, limit);

        FlowPane across = row(new Label("Across"), parameter("map-x", viewModel.xParameterProperty()),
                new Label("from"), field("map-x-from", 9, viewModel.xFromProperty()),
                new Label("to"), field("map-x-to", 9, viewModel.xToProperty()),
                new Label("Points per axis"), field("map-points", 3, viewModel.pointsProperty()),
                new Label("Paths per point"), field("map-paths", 7, viewModel.pathsProperty()));
        FlowPane up = row(new Label("Up"), parameter("map-y", viewModel.yParameterProperty()),
                new Label("from"), field("map-y-from", 9, viewModel.yFromProperty()),
                new Label("to"), field("map-y-to", 9, viewModel.yToProperty()));
        RunControls run = new RunControls("map", viewModel.progress(), viewModel::run, viewModel::cancel)
                .withReportOption("map", viewModel.includeInReportProperty());
        VBox top = new VBox(6, what, across, up, run, new StaleBanner("map-stale", viewModel.staleProperty()));
        top.setPadding(new Insets(8));
        setTop(top);
        viewer.setId("chart-map");
        setCenter(viewer);
        setBottom(AnalysisViews.messageLine("map-message", viewModel.messageProperty()));
    }

    private ComboBox<NumericParameter> parameter(String id, javafx.beans.property.ObjectProperty<NumericParameter> p) {
        ComboBox<NumericParameter> box = new ComboBox<>(viewModel.parameters());
        box.setId(id);
        box.setVisibleRowCount(16);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(NumericParameter parameter) {
                return parameter == null ? "" : parameter.label();
            }

            @Override
            public NumericParameter fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(p);
        return box;
    }

    private void initListeners() {
        AnalysisViews.showPictures(viewModel.pictureProperty(), chart::show, chart.chart().getPlot(),
                "Choose the metric and two parameters and press Run: the map fills coarse first, then finer.",
                viewModel.progress());
    }

    ChartViewer viewer() {
        return viewer;
    }
}

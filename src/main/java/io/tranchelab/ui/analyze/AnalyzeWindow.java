package io.tranchelab.ui.analyze;

import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.Tornado;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.export.ChartExportMenu;
import io.tranchelab.ui.export.ExportViewModel;
import io.tranchelab.ui.run.BackgroundJobs;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.scenarios.EscapeCloses;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Analyze window: the tornado, the alignment map, "Solve for..." and (for a structure with
 * hedges) the hedge comparison of the structure being edited, one tab each, run on the workbench's compute budget (so the status bar shows them too). One window per
 * workbench, kept while the workbench lives: closing it stops its runs, reopening shows the last
 * results (marked stale if the structure changed meanwhile).
 */
public final class AnalyzeWindow {

    /** The tabs, in order. */
    public enum Page { SENSITIVITY, MAP, SOLVE, HEDGE }

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final SensitivityViewModel sensitivity;
    private final AlignmentMapViewModel map;
    private final SolveViewModel solve;
    private final HedgeComparisonViewModel hedge;
    private final SensitivityView sensitivityView;
    private final AlignmentMapView mapView;

    public AnalyzeWindow(Window owner, ObservableValue<Structure> structure, ObservableValue<String> scenario,
                         BackgroundJobs jobs, ExportViewModel exports, DesignTools tools, NamedEdit editor,
                         HedgeTool hedges) {
        BackgroundTask<Tornado> tornadoTask = jobs.newTask();
        BackgroundTask<AlignmentGrid> mapTask = jobs.newTask();
        sensitivity = new SensitivityViewModel(structure, scenario, tornadoTask, tools);
        map = new AlignmentMapViewModel(structure, scenario, mapTask, jobs.executor(), tools);
        BackgroundTask<DesignTools.Solved> solveTask = jobs.newTask();
        solve = new SolveViewModel(structure, scenario, solveTask, tools, editor);
        sensitivityView = new SensitivityView(sensitivity);
        mapView = new AlignmentMapView(map);
        ChartExportMenu.install(sensitivityView.viewer(), exports);
        ChartExportMenu.install(mapView.viewer(), exports);
        exports.includeAnalyses(this::reportCharts);
        Tab tornado = new Tab("Sensitivity (tornado)", sensitivityView);
        tornado.setId("tab-sensitivity");
        Tab heatmap = new Tab("Alignment map", mapView);
        heatmap.setId("tab-map");
        Tab solver = new Tab("Solve for", new javafx.scene.control.ScrollPane(new SolveView(solve)));
        solver.setId("tab-solve");
        ((javafx.scene.control.ScrollPane) solver.getContent()).setFitToWidth(true);
        // hedging overlay (§8.15): the tab is there for every structure, enabled while it has hedges
        BackgroundTask<io.tranchelab.scenario.HedgeComparison> hedgeTask = jobs.newTask();
        hedge = new HedgeComparisonViewModel(structure, scenario, hedgeTask, hedges);
        HedgeComparisonView hedgeView = new HedgeComparisonView(hedge);
        ChartExportMenu.install(hedgeView.viewer(), exports);
        Tab hedged = new Tab("Hedge comparison", hedgeView);
        hedged.setId("tab-hedge");
        hedged.disableProperty().bind(hedge.availableProperty().not());
        hedged.setTooltip(new javafx.scene.control.Tooltip("Each tranche with and without the structure's hedges,"
                + " the hedge's cost and its P&L against the collateral's fall (only for a structure with hedges)."));
        tabs.getTabs().setAll(tornado, heatmap, solver, hedged);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("analyze-tabs");
        stage.initOwner(owner);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> "Analyze - " + structure.getValue().name() + " - TrancheLab", structure));
        // a size that fits the screen, set on the stage too: under some window managers a new
        // owned stage otherwise opened at 200 x 200
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1180, screen.getWidth() * 0.92);
        double height = Math.min(820, screen.getHeight() * 0.92);
        stage.setScene(new Scene(tabs, width, height));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(760, width));
        stage.setMinHeight(Math.min(520, height));
        EscapeCloses.install(stage);
        stage.setOnHidden(e -> {
            sensitivity.cancel();
            map.cancel();
            solve.cancel();
            hedge.cancel();
        });
    }

    /** Fresh charts of the analyses the report should include (JFreeChart objects are mutable: never the shown ones). */
    java.util.List<org.jfree.chart.JFreeChart> reportCharts() {
        java.util.List<org.jfree.chart.JFreeChart> charts = new java.util.ArrayList<>();
        sensitivity.reportPicture().ifPresent(picture -> {
            io.tranchelab.chart.TornadoChart chart = new io.tranchelab.chart.TornadoChart();
            chart.show(picture);
            charts.add(chart.chart());
        });
        map.reportPicture().ifPresent(picture -> {
            io.tranchelab.chart.AlignmentMapChart chart = new io.tranchelab.chart.AlignmentMapChart();
            chart.show(picture);
            charts.add(chart.chart());
        });
        return charts;
    }

    /** Shows the window (brought to the front) on {@code page}. */
    public Stage show(Page page) {
        tabs.getSelectionModel().select(page.ordinal());
        stage.show();
        stage.toFront();
        return stage;
    }

    public Stage stage() {
        return stage;
    }

    public SensitivityViewModel sensitivity() {
        return sensitivity;
    }

    public AlignmentMapViewModel map() {
        return map;
    }

    public SolveViewModel solve() {
        return solve;
    }

    public HedgeComparisonViewModel hedge() {
        return hedge;
    }
}

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
 * The Analyze window: the tornado and the alignment map of the structure being edited, one tab
 * each, run on the workbench's compute budget (so the status bar shows them too). One window per
 * workbench, kept while the workbench lives: closing it stops its runs, reopening shows the last
 * results (marked stale if the structure changed meanwhile).
 */
public final class AnalyzeWindow {

    /** The tabs, in order. */
    public enum Page { SENSITIVITY, MAP }

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final SensitivityViewModel sensitivity;
    private final AlignmentMapViewModel map;
    private final SensitivityView sensitivityView;
    private final AlignmentMapView mapView;

    public AnalyzeWindow(Window owner, ObservableValue<Structure> structure, ObservableValue<String> scenario,
                         BackgroundJobs jobs, ExportViewModel exports, DesignTools tools) {
        BackgroundTask<Tornado> tornadoTask = jobs.newTask();
        BackgroundTask<AlignmentGrid> mapTask = jobs.newTask();
        sensitivity = new SensitivityViewModel(structure, scenario, tornadoTask, tools);
        map = new AlignmentMapViewModel(structure, scenario, mapTask, jobs.executor(), tools);
        sensitivityView = new SensitivityView(sensitivity);
        mapView = new AlignmentMapView(map);
        ChartExportMenu.install(sensitivityView.viewer(), exports);
        ChartExportMenu.install(mapView.viewer(), exports);
        Tab tornado = new Tab("Sensitivity (tornado)", sensitivityView);
        tornado.setId("tab-sensitivity");
        Tab heatmap = new Tab("Alignment map", mapView);
        heatmap.setId("tab-map");
        tabs.getTabs().setAll(tornado, heatmap);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("analyze-tabs");
        stage.initOwner(owner);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> "Analyze - " + structure.getValue().name() + " - TrancheLab", structure));
        stage.setScene(new Scene(tabs, 1180, 820));
        EscapeCloses.install(stage);
        stage.setOnHidden(e -> {
            sensitivity.cancel();
            map.cancel();
        });
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
}

package io.tranchelab.ui;

import io.tranchelab.ui.canvas.StructureCanvasView;
import io.tranchelab.ui.charts.ChartsView;
import io.tranchelab.ui.metrics.MetricsTableView;
import io.tranchelab.ui.params.ParameterPanelView;
import io.tranchelab.ui.export.ChartExportMenu;
import io.tranchelab.ui.run.ProgressView;
import io.tranchelab.ui.run.SimulationService;
import io.tranchelab.ui.scenarios.ScenarioPickerView;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;

import java.util.Locale;

/**
 * The window's content: menus on top; on the left the structure canvas over the parameters of
 * the selection; on the right the charts over the metrics table; the run status at the bottom.
 */
public final class MainWindow extends BorderPane {

    public MainWindow(Workbench workbench, io.tranchelab.ui.document.RecentFiles recentFiles) {
        setId("main-window");
        getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        WorkbenchMenuBar menus = new WorkbenchMenuBar(workbench.viewModel(), workbench.actions(), recentFiles,
                this::requestClose);
        MeetingRoomMenus.install(menus, workbench, this);
        // scored credit (§2.9); before Analyze, which stays just before Help
        io.tranchelab.ui.credit.CreditMenu.install(menus, workbench.viewModel(), this);
        io.tranchelab.ui.chains.ChainsMenu.install(menus, workbench.viewModel(), this); // Edit > Chains (§2.10)
        io.tranchelab.ui.analyze.AnalyzeMenu.install(menus, this, workbench.viewModel().document().structureProperty(),
                workbench.viewModel().scenario().chosenProperty(), workbench.jobs(), workbench.exports(),
                workbench.viewModel()::edit);
        setTop(menus);

        SplitPane left = new SplitPane(new StructureCanvasView(workbench.canvas()),
                new ParameterPanelView(workbench.parameters()));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.44);
        ChartsView charts = new ChartsView(workbench.charts());
        ChartExportMenu.installAll(charts, workbench.exports());
        setCenter(new WorkbenchLayout(left, charts, new MetricsTableView(workbench.metrics()),
                new io.tranchelab.ui.chains.ChainsView(workbench.chains())));
        StatusBar status = statusBar(workbench.viewModel().simulation(), workbench.status());
        status.getLeftItems().add(new ScenarioPickerView(workbench.viewModel().scenario()));
        Label exported = new Label();
        exported.setId("status-export");
        exported.textProperty().bind(workbench.exports().messageProperty());
        status.getRightItems().add(0, spaced(exported));
        setBottom(status);
        UndoKeys.install(this, workbench.viewModel());
    }

    private static StatusBar statusBar(SimulationService simulation, StatusLine status) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(status.textProperty());
        Label latency = new Label();
        latency.setId("status-latency");
        latency.textProperty().bind(Bindings.createStringBinding(() -> {
            var run = simulation.lastRunProperty().get();
            return run == null ? "" : String.format(Locale.US, "edit to charts %.0f ms", run.latencyMillis());
        }, simulation.lastRunProperty()));
        Label autosave = new Label();
        autosave.setId("status-autosave");
        autosave.textProperty().bind(status.sideProperty());
        bar.getRightItems().addAll(new ProgressView(simulation.jobs()), spaced(autosave), spaced(latency));
        return bar;
    }

    /** The status bar packs its right-hand items edge to edge: "Autosaved 15:24:21edit to charts 1562 ms". */
    private static Label spaced(Label item) {
        item.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
        return item;
    }

    private void requestClose() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(getScene().getWindow(),
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }
}

package io.tranchelab.ui;

import io.tranchelab.ui.export.ExportFileChooser;
import io.tranchelab.ui.present.PresentationMode;
import io.tranchelab.ui.scenarios.CompareWindow;
import io.tranchelab.ui.scenarios.ScenarioEditorView;
import io.tranchelab.ui.scenarios.ScenarioEditorViewModel;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.util.List;

/**
 * The menus for the meeting room, added to the workbench's: File's exports (PDF report, CSV
 * metrics), the Scenarios menu (compare) and View's presentation (F5).
 */
final class MeetingRoomMenus {

    private MeetingRoomMenus() {
    }

    static void install(MenuBar menus, Workbench workbench, Node owner) {
        Menu file = menus.getMenus().get(0);
        MenuItem report = item("Export report (PDF)...", null, () -> exportReport(workbench, owner));
        report.setId("menu-export-report");
        MenuItem metrics = item("Export metrics (CSV)...", null, () -> exportMetrics(workbench, owner));
        metrics.setId("menu-export-metrics");
        // cross-chain pools (docs/model.md §8.14): their bridges' and chains' figures, per scenario
        MenuItem chains = item("Export chain figures (CSV)...", null, () -> exportChains(workbench, owner));
        chains.setId("menu-export-chains");
        chains.visibleProperty().bind(workbench.exports().crossChainProperty());
        int beforeQuit = file.getItems().size() - 1;
        file.getItems().addAll(beforeQuit, List.of(report, metrics, chains, new SeparatorMenuItem()));

        MenuItem present = item("Presentation", "F5", () -> present(workbench, owner));
        present.setId("menu-presentation");
        Menu view = new Menu("View", null, present);
        view.setId("menu-view");
        MenuItem compare = item("Compare scenarios...", "Shortcut+K", () -> openCompare(workbench, owner));
        compare.setId("menu-compare");
        MenuItem edit = item("Edit scenarios...", null, () -> openEditor(workbench, owner));
        edit.setId("menu-edit-scenarios");
        Menu scenarios = new Menu("Scenarios", null, edit, compare);
        scenarios.setId("menu-scenarios");
        menus.getMenus().addAll(menus.getMenus().size() - 1, List.of(scenarios, view)); // Help stays last
    }

    static PresentationMode present(Workbench workbench, Node owner) {
        PresentationMode mode = workbench.presentation((Stage) owner.getScene().getWindow(), true);
        mode.enter();
        return mode;
    }

    static Stage openCompare(Workbench workbench, Node owner) {
        return CompareWindow.open(owner.getScene().getWindow(), workbench.viewModel().current(), nameOfA(workbench),
                workbench.jobs(), workbench.exports(), workbench.dialogs());
    }

    static Stage openEditor(Workbench workbench, Node owner) {
        Stage stage = new Stage();
        stage.initOwner(owner.getScene().getWindow());
        stage.setTitle("Scenarios of the structure - TrancheLab");
        stage.setScene(new javafx.scene.Scene(new ScenarioEditorView(new ScenarioEditorViewModel(workbench.viewModel(),
                workbench.viewModel().document().structureProperty())), 900, 460));
        io.tranchelab.ui.scenarios.EscapeCloses.install(stage);
        stage.show();
        return stage;
    }

    private static void exportReport(Workbench workbench, Node owner) {
        ExportFileChooser.choose(owner, "Export report", baseName(workbench), "pdf")
                .ifPresent(workbench.exports()::exportReport);
    }

    private static void exportMetrics(Workbench workbench, Node owner) {
        ExportFileChooser.choose(owner, "Export metrics", baseName(workbench), "csv")
                .ifPresent(workbench.exports()::exportMetrics);
    }

    private static void exportChains(Workbench workbench, Node owner) {
        ExportFileChooser.choose(owner, "Export chain figures", baseName(workbench) + "-chains", "csv")
                .ifPresent(workbench.exports()::exportChains);
    }

    /** The compare window's A: the open file's name, or the structure's when it has none. */
    private static String nameOfA(Workbench workbench) {
        java.nio.file.Path file = workbench.viewModel().document().file();
        return file == null ? workbench.viewModel().current().name() : file.getFileName().toString();
    }

    private static String baseName(Workbench workbench) {
        return ExportFileChooser.fileName(workbench.viewModel().current().name());
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}

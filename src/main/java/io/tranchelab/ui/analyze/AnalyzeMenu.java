package io.tranchelab.ui.analyze;

import io.tranchelab.ui.analyze.AnalyzeWindow.Page;
import io.tranchelab.ui.run.BackgroundJobs;
import io.tranchelab.ui.run.SimulationEngine;
import io.tranchelab.ui.export.ExportViewModel;
import io.tranchelab.model.Structure;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The Analyze menu, before Help: Sensitivity... (Ctrl+T, the tornado), Alignment map...
 * (Ctrl+M), Solve for... (Ctrl+G, as a goal seek), Hedge comparison... (Ctrl+Alt+H, enabled while
 * the structure has hedges). The window is made on first use and kept, so its results survive closing it.
 */
public final class AnalyzeMenu {

    private final Node owner;
    private final ObservableValue<Structure> structure;
    private final ObservableValue<String> scenario;
    private final BackgroundJobs jobs;
    private final ExportViewModel exports;
    private final NamedEdit editor;
    private AnalyzeWindow window;

    private AnalyzeMenu(Node owner, ObservableValue<Structure> structure, ObservableValue<String> scenario,
                        BackgroundJobs jobs, ExportViewModel exports, NamedEdit editor) {
        this.owner = owner;
        this.editor = editor;
        this.structure = structure;
        this.scenario = scenario;
        this.jobs = jobs;
        this.exports = exports;
    }

    /** Adds the menu before the last one (Help); returns it so the caller's tests can open pages. */
    public static AnalyzeMenu install(MenuBar menus, Node owner, ObservableValue<Structure> structure,
                                      ObservableValue<String> scenario, BackgroundJobs jobs, ExportViewModel exports,
                                      NamedEdit editor) {
        AnalyzeMenu analyze = new AnalyzeMenu(owner, structure, scenario, jobs, exports, editor);
        MenuItem sensitivity = item("Sensitivity...", "Shortcut+T", () -> analyze.open(Page.SENSITIVITY));
        sensitivity.setId("menu-sensitivity");
        MenuItem map = item("Alignment map...", "Shortcut+M", () -> analyze.open(Page.MAP));
        map.setId("menu-alignment-map");
        MenuItem solve = item("Solve for...", "Shortcut+G", () -> analyze.open(Page.SOLVE));
        solve.setId("menu-solve");
        MenuItem hedge = item("Hedge comparison...", "Shortcut+Alt+H", () -> analyze.open(Page.HEDGE));
        hedge.setId("menu-hedge-comparison");
        // hedging overlay (§8.15): only a structure with hedges has something to compare
        hedge.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> structure.getValue().hedges().isEmpty(), structure));
        Menu menu = new Menu("Analyze", null, sensitivity, map, solve, hedge);
        menu.setId("menu-analyze");
        menus.getMenus().add(Math.max(0, menus.getMenus().size() - 1), menu); // Help stays last
        return analyze;
    }

    /** The window on {@code page}, made on first use. */
    public AnalyzeWindow open(Page page) {
        if (window == null) {
            window = new AnalyzeWindow(owner.getScene().getWindow(), structure, scenario, jobs, exports,
                    DesignTools.CORE, editor, HedgeTool.on(jobs.cache().around(SimulationEngine.CORE)));
        }
        window.show(page);
        return window;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}

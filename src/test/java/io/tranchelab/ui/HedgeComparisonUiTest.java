package io.tranchelab.ui;

import io.tranchelab.model.Structure;
import io.tranchelab.report.HedgedSample;
import io.tranchelab.ui.present.PresentationMode;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Analyze > Hedge comparison and the hedge slide on the real core, headless. */
@ExtendWith(ApplicationExtension.class)
class HedgeComparisonUiTest {

    private WorkbenchOnStage shown;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = WorkbenchOnStage.show(stage, 1366, 768);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        shown.close();
    }

    private static MenuItem hedgeItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").query();
        Menu analyze = bar.getMenus().stream().filter(m -> "menu-analyze".equals(m.getId())).findFirst().orElseThrow();
        return analyze.getItems().stream().filter(i -> "menu-hedge-comparison".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private void useHedgedSample(FxRobot robot) throws Exception {
        Structure hedged = HedgedSample.quick();
        robot.interact(() -> shown.workbench().viewModel().edit(hedged, false));
        shown.awaitFullRun();
    }

    @Test
    void theItemIsEnabledOnlyForAStructureWithHedgesAndItsRunFillsTheTablesAndTheChartThenGoesStale(FxRobot robot)
            throws Exception {
        shown.awaitFullRun();
        MenuItem item = hedgeItem(robot);
        assertTrue(item.isDisable(), "the quick structure has no hedges");
        assertEquals("Alt+Shortcut+H", item.getAccelerator().getName());
        useHedgedSample(robot);
        assertFalse(item.isDisable());
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#analyze-tabs").query();
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        assertEquals("tab-hedge", tab.getId());
        TextField paths = robot.lookup("#hedge-paths").query();
        robot.interact(() -> paths.setText("300"));
        Button run = robot.lookup("#hedge-run").query();
        robot.interact(run::fire);
        TableView<List<String>> tranches = robot.lookup("#hedge-tranches").query();
        TableView<List<String>> costs = robot.lookup("#hedge-costs").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !run.isDisabled() && tranches.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Senior", tranches.getItems().get(0).get(0));
        assertEquals(8, costs.getItems().size());
        Label from = robot.lookup("#hedge-computed-from").query();
        assertTrue(from.getText().contains("scenario base \u00b7 300 paths \u00b7 seed 7"), from.getText());
        ChartViewer viewer = robot.lookup("#chart-hedge-pnl").query();
        assertTrue(viewer.getChart().getTitle().getText().startsWith("Hedge P&L against the fall of ETH (300 paths"),
                viewer.getChart().getTitle().getText());
        assertTrue(viewer.getContextMenu().getItems().stream().anyMatch(i -> "Save as SVG...".equals(i.getText())),
                "the export menu of the other charts");
        Button csv = robot.lookup("#hedge-export-tranches").query();
        assertFalse(csv.isDisabled());

        Label stale = robot.lookup("#hedge-stale").query();
        assertFalse(stale.isVisible());
        robot.interact(() -> shown.workbench().viewModel().edit(shown.workbench().viewModel().current()
                .withInitialCash(1_000), false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stale.isVisible(), "an edit after the run makes it stale");
        robot.interact(() -> shown.workbench().viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stale.isVisible(), "undone: the tables are about the structure again");

        robot.interact(() -> shown.workbench().viewModel().edit(shown.workbench().viewModel().current()
                .withHedges(List.of()), false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item.isDisable() && tab.isDisable(), "no hedges left: nothing to compare");
    }

    @Test
    void thePresentationOfAHedgedStructureEndsWithTheHedgeSlide(FxRobot robot) throws Exception {
        useHedgedSample(robot);
        PresentationMode[] mode = new PresentationMode[1];
        robot.interact(() -> {
            mode[0] = shown.workbench().presentation(stage, false);
            mode[0].enter();
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> mode[0].viewModel().readyProperty().get());
        robot.interact(() -> mode[0].viewModel().last());
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#slide-title").query();
        assertEquals("Hedge: with and without", title.getText());
        assertTrue(robot.lookup("#slide-hedge-pnl").tryQuery().isPresent(), "the P&L chart");
        Label cost = robot.lookup("#slide-hedge-cost").query();
        assertTrue(cost.getText().matches("Net cost -?[0-9.]+ %/yr of the pool"), cost.getText());
        robot.interact(() -> mode[0].leave());
    }
}

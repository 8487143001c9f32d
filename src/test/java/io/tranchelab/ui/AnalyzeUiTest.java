package io.tranchelab.ui;

import io.tranchelab.chart.TornadoChart;
import io.tranchelab.ui.analyze.AlignmentMapViewModel;
import io.tranchelab.ui.analyze.SensitivityViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
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

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Analyze window on the real core, headless: opened from its menu, run, cancelled, marked stale. */
@ExtendWith(ApplicationExtension.class)
class AnalyzeUiTest {

    private WorkbenchOnStage shown;

    @Start
    void start(Stage stage) {
        shown = WorkbenchOnStage.show(stage, 1366, 768);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != shown.workbench().window().getScene()
                .getWindow()).toList().forEach(Window::hide));
        shown.close();
    }

    private static Menu analyzeMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").query();
        return bar.getMenus().stream().filter(m -> "menu-analyze".equals(m.getId())).findFirst().orElseThrow();
    }

    private static void open(FxRobot robot, String itemId) {
        MenuItem item = analyzeMenu(robot).getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAnalyzeMenuComesBeforeHelpWithItsShortcutsAndOpensOneWindowOnTheChosenTab(FxRobot robot)
            throws Exception {
        shown.awaitFullRun();
        MenuBar bar = robot.lookup(".menu-bar").query();
        Menu analyze = analyzeMenu(robot);
        assertEquals(bar.getMenus().size() - 2, bar.getMenus().indexOf(analyze), "just before Help");
        assertEquals("Shortcut+T", analyze.getItems().get(0).getAccelerator().getName());
        assertEquals("Shortcut+M", analyze.getItems().get(1).getAccelerator().getName());
        open(robot, "menu-sensitivity");
        TabPane tabs = robot.lookup("#analyze-tabs").query();
        assertEquals("tab-sensitivity", tabs.getSelectionModel().getSelectedItem().getId());
        open(robot, "menu-alignment-map");
        assertEquals("tab-map", tabs.getSelectionModel().getSelectedItem().getId());
        assertEquals(1, robot.lookup("#analyze-tabs").queryAll().size(), "one window, reused");
        assertTrue(((Stage) tabs.getScene().getWindow()).getTitle().contains("ETH lending book"));
    }

    @Test
    void aTornadoRunsOnTheCoreAndItsChartNamesTheMetricAndWhatItRanOnThenGoesStaleAfterAnEdit(FxRobot robot)
            throws Exception {
        shown.awaitFullRun();
        open(robot, "menu-sensitivity");
        TextField paths = robot.lookup("#sensitivity-paths").query();
        robot.interact(() -> paths.setText("200"));
        Button run = robot.lookup("#sensitivity-run").query();
        robot.interact(run::fire);
        ChartViewer viewer = robot.lookup("#chart-tornado").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !run.isDisabled()
                && viewer.getChart().getTitle().getText().startsWith("Pool P(bad debt)"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pool P(bad debt): sensitivity to \u00b110 % bumps", viewer.getChart().getTitle().getText());
        Label stale = robot.lookup("#sensitivity-stale").query();
        assertFalse(stale.isVisible());
        assertTrue(viewer.getContextMenu().getItems().stream().anyMatch(i -> "Save as SVG...".equals(i.getText())),
                "the export menu of the other charts");

        robot.interact(() -> shown.workbench().viewModel().edit(shown.workbench().viewModel().current()
                .withInitialCash(1_000), false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stale.isVisible(), "an edit after the run makes it stale");
        robot.interact(() -> shown.workbench().viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stale.isVisible(), "undone: the chart is about the structure again");
    }

    @Test
    void theMapShowsProgressWithTimeLeftAndCancelStopsItKeepingWhatIsDone(FxRobot robot) throws Exception {
        shown.awaitFullRun();
        open(robot, "menu-alignment-map");
        TextField paths = robot.lookup("#map-paths").query();
        TextField points = robot.lookup("#map-points").query();
        robot.interact(() -> {
            paths.setText("20,000");
            points.setText("21");
        });
        Button run = robot.lookup("#map-run").query();
        Button cancel = robot.lookup("#map-cancel").query();
        Label progress = robot.lookup("#map-progress-text").query();
        assertTrue(cancel.isDisabled(), "nothing to cancel yet");
        robot.interact(run::fire);
        assertTrue(run.isDisabled(), "one run at a time");
        // "Alignment map of Pool P(bad debt) · 3 % · about 2 min left": the time left once a second has passed
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> progress.getText().contains("left"));
        assertTrue(progress.getText().matches("Alignment map of Pool P\\(bad debt\\) \u00b7 \\d+ % \u00b7 about .* left"),
                progress.getText());
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(run.isDisabled());
        assertEquals("", progress.getText());
        Label message = robot.lookup("#map-message").query();
        assertTrue(message.getText().startsWith("Stopped with") || message.getText().equals("Cancelled."),
                message.getText());
    }

    @Test
    void aSolvedSeniorShareIsCheckedByDirectRunsAndAppliedAsOneUndoableEditNamedAfterIt(FxRobot robot)
            throws Exception {
        shown.awaitFullRun();
        var before = shown.workbench().viewModel().current();
        MenuItem solveItem = analyzeMenu(robot).getItems().stream().filter(i -> "menu-solve".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals("Shortcut+G", solveItem.getAccelerator().getName());
        open(robot, "menu-solve");
        javafx.scene.control.ChoiceBox<io.tranchelab.ui.analyze.SolveQuestionKind> question =
                robot.lookup("#solve-question").query();
        TextField target = robot.lookup("#solve-target").queryAs(TextField.class);
        TextField paths = robot.lookup("#solve-paths").queryAs(TextField.class);
        TextField seeds = robot.lookup("#solve-seeds").queryAs(TextField.class);
        robot.interact(() -> {
            question.setValue(io.tranchelab.ui.analyze.SolveQuestionKind.SENIOR_SHARE_EL);
            target.setText("0.5 %");
            paths.setText("300");
            seeds.setText("2");
        });
        Button solve = robot.lookup("#solve-run").query();
        Button apply = robot.lookup("#solve-apply").query();
        assertTrue(apply.isDisabled(), "nothing solved yet");
        robot.interact(solve::fire);
        Label answer = robot.lookup("#solve-answer").query();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !solve.isDisabled() && !answer.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(answer.getText().startsWith("Senior share: "), answer.getText());
        Label check = robot.lookup("#solve-check").query();
        // "Senior EL 0.49994 % at 62.984 % (holds ≤ 0.50000 %); 0.5008 % at 62.992 % (fails)."
        assertTrue(check.getText().matches(".*\\(holds \u2264 0\\.50+ %\\);.*\\(fails\\)\\."),
                "the direct runs confirm the answer: " + check.getText());
        assertFalse(apply.isDisabled());

        robot.interact(apply::fire);
        WaitForAsyncUtils.waitForFxEvents();
        var after = shown.workbench().viewModel().current();
        assertTrue(after.tranches().get(0).share() != before.tranches().get(0).share(), "the share was set");
        String undo = shown.workbench().viewModel().document().undoName();
        assertTrue(undo.startsWith("Apply solved Senior share "), undo);
        assertTrue(answer.getText().contains(undo.substring("Apply solved Senior share ".length())),
                "the undo step names the value shown: " + undo + " / " + answer.getText());
        robot.interact(() -> shown.workbench().viewModel().undo());
        assertEquals(before, shown.workbench().viewModel().current(), "one undo takes the whole edit back");
    }
}

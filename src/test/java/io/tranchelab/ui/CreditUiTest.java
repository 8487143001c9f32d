package io.tranchelab.ui;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.ui.credit.ScoreTableView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Credit menu headless: the score table window opens on the structure's table and follows undo. */
@ExtendWith(ApplicationExtension.class)
class CreditUiTest {

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

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").query();
        Menu credit = bar.getMenus().stream().filter(m -> "menu-credit".equals(m.getId())).findFirst().orElseThrow();
        assertTrue(bar.getMenus().indexOf(credit) < bar.getMenus().size() - 2, "before Analyze and Help");
        return credit.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theScoreTableOpensFromTheCreditMenuAndShowsTheBuiltInBands(FxRobot robot) {
        MenuItem open = item(robot, "menu-score-table");
        assertEquals("Shift+Shortcut+K", open.getAccelerator().getName());
        robot.interact(open::fire);
        WaitForAsyncUtils.waitForFxEvents();
        ScoreTableView view = robot.lookup("#score-table").queryAs(ScoreTableView.class);
        @SuppressWarnings("unchecked")
        TableView<ScoreBand> bands = (TableView<ScoreBand>) robot.lookup("#score-table-bands").queryAs(TableView.class);
        assertEquals(7, bands.getItems().size());
        assertEquals(0.2612, bands.getItems().get(0).annualDefaultProbability());
        assertTrue(view.getScene().getWindow().isShowing());
        // beside it, where the scored lines' borrowers end up (§5.4.1): none here, and it says so
        TableView<?> horizon = robot.lookup("#score-table-horizon").queryAs(TableView.class);
        // worked out in the background (seconds for a line at the payment limit): wait for it to land
        waitUntil(() -> !horizon.isDisabled());
        assertEquals(0, horizon.getItems().size());
        assertTrue(robot.lookup("#score-table-horizon-note").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("No credit line is scored"));
        // a line scored from a history gets a column, and follows the structure
        var viewModel = shown.workbench().viewModel();
        robot.interact(() -> viewModel.edit(viewModel.current().withPositions(java.util.List.of(
                new CreditLine("Scored lines", 1e6, 10, 0.1, 700, java.util.OptionalDouble.empty(), 0.6, 0.1,
                        java.util.Optional.empty(), java.util.Optional.of(
                                new io.tranchelab.model.BorrowerHistory(12, 0, 365, 1.5, 12, 0, 0.2))))),
                "Test lines"));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> horizon.getItems().size() == 9);
        assertEquals(3, horizon.getColumns().size(), "scores, PD, and the scored line");
        assertEquals("Scored lines", ((javafx.scene.control.Label) horizon.getColumns().get(2).getGraphic()).getText());
        assertEquals(9, horizon.getItems().size(), "seven bands, defaulted, mean score");
        // a second scored line: a column more, and no row of the first table left under it
        var scored = new CreditLine("Scored lines", 1e6, 10, 0.1, 700, java.util.OptionalDouble.empty(), 0.6, 0.1,
                java.util.Optional.empty(), java.util.Optional.of(
                        new io.tranchelab.model.BorrowerHistory(12, 0, 365, 1.5, 12, 0, 0.2)));
        robot.interact(() -> viewModel.edit(viewModel.current().withPositions(java.util.List.of(scored,
                new CreditLine("More lines", 1e6, 10, 0.1, 700, java.util.OptionalDouble.empty(), 0.6, 0.1,
                        java.util.Optional.empty(), scored.history()))), "Two scored lines"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, horizon.getColumns().size(), "the new line's column comes at once");
        for (Object row : horizon.getItems()) { // none, or the new ones: never a row short of a column
            assertEquals(2, ((io.tranchelab.ui.credit.HorizonScoresViewModel.Row) row).cells().size());
        }
        waitUntil(() -> horizon.getItems().size() == 9 && !horizon.isDisabled());
        for (Object row : horizon.getItems()) {
            assertEquals(2, ((io.tranchelab.ui.credit.HorizonScoresViewModel.Row) row).cells().size());
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the horizon table did not land in 20 s", e);
        }
    }

    @Test
    void scoringASelectedCreditLineIsOneUndoStep(FxRobot robot) {
        var viewModel = shown.workbench().viewModel();
        robot.interact(() -> viewModel.edit(viewModel.current().withPositions(java.util.List.of(
                new CreditLine("Lines", 1e6, 10, 0.1, 700, java.util.OptionalDouble.empty(), 0.6, 0.1))), "Test lines"));
        robot.interact(() -> viewModel.selectionProperty().set(new io.tranchelab.ui.edit.Selection.Position(0)));
        MenuItem score = item(robot, "menu-score-from-history");
        robot.interact(score::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((CreditLine) viewModel.current().positions().get(0)).history().isPresent());
        assertEquals("Score from history", viewModel.document().undoName());
    }
}

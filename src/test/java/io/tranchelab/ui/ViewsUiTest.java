package io.tranchelab.ui;

import io.tranchelab.ui.run.SimulationService;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the workbench shows at a laptop's 1366x768, driven headless (Monocle) with the real core. */
@ExtendWith(ApplicationExtension.class)
class ViewsUiTest {

    private Workbench workbench;
    private SimulationService simulation;
    private WorkbenchOnStage shown;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = WorkbenchOnStage.show(stage, 1366, 768);
        simulation = shown.simulation();
        workbench = shown.workbench();
    }

    @AfterEach
    void stop() {
        shown.close();
    }

    private void awaitFullRun() throws Exception {
        shown.awaitFullRun();
    }

    @Test
    void arrowKeysMoveASliderByAFineStepAndPageKeysByACoarseOne(FxRobot robot) throws Exception {
        awaitFullRun();
        javafx.scene.control.Slider slider = robot.lookup("#slider-managementFee").query();
        double range = slider.getMax() - slider.getMin();
        double before = slider.getValue();
        robot.interact(slider::requestFocus);
        robot.type(javafx.scene.input.KeyCode.RIGHT, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 0.03 * range, slider.getValue(), 1e-9 * range, "three presses, three fine steps");
        assertEquals(slider.getValue(), workbench.viewModel().current().waterfall().managementFee(), 1e-12);
        robot.type(javafx.scene.input.KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 0.13 * range, slider.getValue(), 1e-9 * range, "one coarse step");
    }

    @Test
    void theEditMenuNamesTheEditUndoTakesBackAndHelpListsTheShortcuts(FxRobot robot) throws Exception {
        awaitFullRun();
        javafx.scene.control.Slider slider = robot.lookup("#slider-managementFee").query();
        robot.interact(slider::requestFocus);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").query();
        javafx.scene.control.Menu edit = bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId()))
                .findFirst().orElseThrow();
        assertEquals("Undo Change management fee", edit.getItems().get(0).getText());
        assertEquals("menu-help", bar.getMenus().get(bar.getMenus().size() - 1).getId(), "Help is the last menu");
        robot.type(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcuts-table").tryQuery().isPresent(), "F1 shows the shortcuts");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void arrowsOnTheCanvasSelectAndDeleteRemovesTheSelectedTrancheUndoably(FxRobot robot) throws Exception {
        awaitFullRun();
        javafx.scene.Node body = robot.lookup("#canvas-body").query();
        robot.interact(body::requestFocus);
        assertTrue(body.isFocused(), "the canvas takes the keyboard focus");
        workbench.viewModel().selectionProperty().set(io.tranchelab.ui.edit.Selection.POOL);
        int positions = workbench.viewModel().current().positions().size();
        robot.type(javafx.scene.input.KeyCode.DOWN, positions + 2); // past the positions and the senior
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new io.tranchelab.ui.edit.Selection.Tranche(1), workbench.viewModel().selectionProperty().get());
        String name = workbench.viewModel().current().tranches().get(1).name();
        robot.type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, workbench.viewModel().current().tranches().size());
        assertTrue(workbench.viewModel().current().tranches().stream().noneMatch(t -> t.name().equals(name)));
        assertEquals("Remove tranche", workbench.viewModel().document().undoName());
        robot.interact(workbench.viewModel()::undo);
        assertEquals(3, workbench.viewModel().current().tranches().size());
    }

    @Test
    void theScenarioEditorShowsWholeLabelsWithTooltipsAndEscClosesIt(FxRobot robot) throws Exception {
        awaitFullRun();
        Stage[] editor = new Stage[1];
        robot.interact(() -> editor[0] = MeetingRoomMenus.openEditor(workbench, workbench.window()));
        WaitForAsyncUtils.waitForFxEvents();
        int labels = 0;
        for (javafx.scene.Node node : editor[0].getScene().getRoot().lookupAll(".label")) {
            if (node instanceof javafx.scene.control.Label label && label.getText() != null
                    && !label.getText().isEmpty() && label.getParent() instanceof javafx.scene.layout.GridPane) {
                Text shown = (Text) label.lookup(".text");
                assertEquals(label.getText(), shown.getText(), "label cut");
                assertTrue(label.getTooltip() != null, "tooltip on " + label.getText());
                labels++;
            }
        }
        assertTrue(labels >= 6, "form labels: " + labels);
        robot.interact(() -> editor[0].getScene().getRoot().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor[0].isShowing(), "Esc closes the editor");
    }

    @Test
    void metricsCellsAreNeverCutAndHoldNumbersInTheirHeadersUnit(FxRobot robot) throws Exception {
        awaitFullRun();
        Set<TableCell<?, ?>> cells = robot.lookup("#metrics-table .table-cell").queryAll();
        int checked = 0;
        for (TableCell<?, ?> cell : cells) {
            if (cell.getText() == null || cell.getText().isEmpty()) {
                continue;
            }
            Node shown = cell.lookup(".text");
            assertTrue(shown instanceof Text, "cell text node");
            assertEquals(cell.getText(), ((Text) shown).getText(), "cell cut with an ellipsis");
            assertFalse(cell.getText().contains("%") || cell.getText().contains("bp"),
                    "a unit inside a cell (it belongs in the header): " + cell.getText());
            checked++;
        }
        assertTrue(checked >= 20, "cells checked: " + checked);
    }
}

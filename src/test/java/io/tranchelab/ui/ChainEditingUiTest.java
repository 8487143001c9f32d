package io.tranchelab.ui;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.chains.ChainsEditorView;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing chains headless (docs/model.md §2.10): the Chains window from the Edit menu, typed
 * and keyboard-driven, and a position box dragged onto another chain on the canvas; every edit
 * one named undo step.
 */
@ExtendWith(ApplicationExtension.class)
class ChainEditingUiTest {

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

    private WorkbenchViewModel workbench() {
        return shown.workbench().viewModel();
    }

    private static Structure sample() throws Exception {
        return StructureJson.read(Path.of("samples", "cross-chain-vault.json"));
    }

    private ChainsEditorView openWindow(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").query();
        Menu edit = bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
        MenuItem open = edit.getItems().stream().filter(i -> "menu-chains".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Shift+Shortcut+B", open.getAccelerator().getName());
        robot.interact(open::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#chains-editor").queryAs(ChainsEditorView.class);
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPlainPoolIsMadeCrossChainFromTheChainsWindowAndUndoTakesItBack(FxRobot robot) {
        Structure plain = workbench().current();
        openWindow(robot);
        robot.clickOn("#chains-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Make cross-chain (add Home chain)", workbench().document().undoName());
        assertEquals("Home chain", robot.lookup("#chain-name-0").queryAs(TextField.class).getText());
        type(robot, "#chain-name-0", "Ethereum");
        assertEquals("Rename chain Home chain to Ethereum", workbench().document().undoName());
        // the canvas groups the positions under the renamed home chain
        Label title = (Label) robot.lookup("#chain-group-0").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .get(0);
        assertEquals("Ethereum", title.getText());
        robot.interact(() -> workbench().undo());
        robot.interact(() -> workbench().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(plain, workbench().current());
        assertEquals(CrossChain.NONE, workbench().current().crossChain());
        assertTrue(robot.lookup("#chain-name-0").tryQuery().isEmpty(), "the window follows undo: no chain left");
    }

    @Test
    void aBridgesNumbersAreTypedAndTabMovesOnWithoutLosingThePlace(FxRobot robot) throws Exception {
        Structure sample = sample();
        robot.interact(() -> workbench().document().load(sample, null));
        openWindow(robot);
        type(robot, "#chain-exploit-intensity-1", "0.25");
        assertEquals(0.25, workbench().current().crossChain().bridge("Wormhole").orElseThrow().exploitIntensity());
        assertEquals("Change Wormhole exploit intensity", workbench().document().undoName());
        // Tab applies too, and the focus goes on to the next field (the window refreshes in place)
        TextField loss = robot.lookup("#chain-loss-fraction-1").queryAs(TextField.class);
        robot.interact(() -> {
            loss.requestFocus();
            loss.setText("40 %");
        });
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.4, workbench().current().crossChain().bridge("Wormhole").orElseThrow().lossFraction(), 1e-15);
        assertTrue(robot.lookup("#chain-factor-loading-1").queryAs(TextField.class).isFocused());
        // a bad value is refused with the field named
        type(robot, "#chain-halt-steps-1", "0");
        assertEquals("Solana, halt length (/chains/1/halt/steps): must be between 1 and 10,000",
                robot.lookup("#chains-message").queryAs(Label.class).getText());
        assertEquals(1, workbench().current().crossChain().chain("Solana").orElseThrow().halts().steps());
    }

    @Test
    void removingAChainWithPositionsAsksFirst(FxRobot robot) throws Exception {
        Structure sample = sample();
        robot.interact(() -> workbench().document().load(sample, null));
        ChainsEditorView view = openWindow(robot);
        StringBuilder asked = new StringBuilder();
        view.setConfirm(question -> {
            asked.append(question);
            return false;
        });
        robot.clickOn("#chain-remove-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Remove Solana? It holds SOL staking, SOL-backed loans; they move to the home chain.",
                asked.toString());
        assertEquals(sample, workbench().current(), "answered no: nothing removed");
        view.setConfirm(question -> true);
        robot.clickOn("#chain-remove-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), workbench().current().crossChain().chain("Solana"));
        assertEquals("Remove chain Solana", workbench().document().undoName());
    }

    @Test
    void aPositionBoxDraggedOntoAnotherChainMovesThere(FxRobot robot) throws Exception {
        Structure sample = sample();
        robot.interact(() -> workbench().document().load(sample, null));
        WaitForAsyncUtils.waitForFxEvents();
        // stETH staking onto Arbitrum's heading (the next group, inside the pool box's view)
        robot.drag("#position-row-0").dropTo("#chain-group-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("Arbitrum"), workbench().current().crossChain().chainOf("stETH staking"));
        assertEquals("Move stETH staking to Arbitrum", workbench().document().undoName());
        // and back home by keyboard: the inspector's chain choice
        robot.interact(() -> workbench().selectionProperty().set(new io.tranchelab.ui.edit.Selection.Position(0)));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> choice = robot.lookup("#choice-chain").queryAs(
                javafx.scene.control.ComboBox.class);
        robot.interact(choice::requestFocus);
        robot.interact(choice::show);
        robot.type(KeyCode.HOME).type(KeyCode.ENTER); // "Home chain", the first option
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), workbench().current().crossChain().chainOf("stETH staking"));
    }

    @Test
    void aChainsBridgeIsChosenFromTheKeyboardAndCtrlZInTheWindowUndoesIt(FxRobot robot) throws Exception {
        Structure sample = sample();
        robot.interact(() -> workbench().document().load(sample, null));
        openWindow(robot);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> bridge = robot.lookup("#chain-bridge-1").queryAs(
                javafx.scene.control.ComboBox.class);
        robot.interact(bridge::requestFocus);
        robot.interact(bridge::show);
        robot.type(KeyCode.END).type(KeyCode.ENTER); // "New bridge", the last option
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Solana bridge", workbench().current().crossChain().chain("Solana").orElseThrow().bridge());
        assertEquals("Add bridge for Solana", workbench().document().undoName());
        assertEquals("Solana bridge", robot.lookup("#bridge-name-1").queryAs(TextField.class).getText());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sample, workbench().current());
        assertEquals("Wormhole", robot.lookup("#bridge-name-1").queryAs(TextField.class).getText());
    }
}

package io.tranchelab.ui;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.scenarios.CompareWindow;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compare window's scenario list is as wide as its names (within reason), each with its whole name on hover. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowUiTest {

    /** 44 characters: cut at the list's old 260 px, whole now. */
    private static final String LONG = "USDC depeg on the buffer (SVB weekend, 2023)";

    private WorkbenchOnStage shown;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = WorkbenchOnStage.show(stage, 1366, 768);
    }

    @AfterEach
    void stop() {
        shown.close();
    }

    @Test
    void longScenarioNamesShowWholeAndCarryATooltip(FxRobot robot) throws Exception {
        shown.awaitFullRun();
        Structure base = shown.workbench().viewModel().current();
        List<Scenario> scenarios = new ArrayList<>(base.scenarios());
        scenarios.add(new Scenario(LONG, "", 1.2, java.util.Map.of(), OptionalDouble.empty(), 1, 1, List.of()));
        Structure structure = base.withScenarios(scenarios);
        Stage[] compare = new Stage[1];
        robot.interact(() -> compare[0] = CompareWindow.open(stage, structure, "deal.json", shown.workbench().jobs(),
                shown.workbench().exports(), shown.workbench().dialogs()));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            ListView<?> picks = (ListView<?>) compare[0].getScene().getRoot().lookup("#compare-picks");
            robot.interact(() -> picks.scrollTo(picks.getItems().size() - 1));
            WaitForAsyncUtils.waitForFxEvents();
            int checked = 0;
            boolean sawLong = false;
            for (Node node : picks.lookupAll(".list-cell")) {
                if (node instanceof ListCell<?> cell && cell.getText() != null && !cell.getText().isEmpty()) {
                    // the cell's own text (its check box has an empty one of its own)
                    Text text = (Text) cell.lookupAll(".text").stream().filter(t -> t.getParent() == cell)
                            .findFirst().orElseThrow();
                    assertEquals(cell.getText(), text.getText(), "scenario name cut in the list");
                    double textRight = text.localToScene(text.getLayoutBounds()).getMaxX();
                    double listRight = picks.localToScene(picks.getLayoutBounds()).getMaxX();
                    assertTrue(textRight <= listRight, cell.getText() + " runs past the list (" + textRight + " > "
                            + listRight + "): the list would scroll sideways");
                    assertNotNull(cell.getTooltip(), "tooltip on " + cell.getText());
                    assertEquals(cell.getText(), cell.getTooltip().getText());
                    sawLong |= LONG.equals(cell.getText());
                    checked++;
                }
            }
            assertTrue(sawLong, "the long name is in the list");
            assertTrue(checked >= 2, "cells checked: " + checked);
        } finally {
            robot.interact(compare[0]::close);
        }
    }
}

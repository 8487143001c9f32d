package io.tranchelab.ui;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.chains.ChainsView;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Chains panel headless (docs/model.md §8.14): absent for a pool on one chain, filled by the
 * run of a cross-chain one, stale while an edit's run computes, opened from the keyboard; and
 * File's export of the chain figures shown only for a cross-chain structure.
 */
@ExtendWith(ApplicationExtension.class)
class ChainFiguresUiTest {

    private WorkbenchOnStage shown;

    @Start
    void start(Stage stage) {
        shown = WorkbenchOnStage.show(stage, 1366, 768);
    }

    @AfterEach
    void stop() {
        shown.close();
    }

    /** The built-in structure with its loan book on Arbitrum, over a bridge exploited twice a year. */
    private static Structure onArbitrum(Structure plain, double exploitsPerYear) {
        return plain.withCrossChain(new CrossChain(
                List.of(new Chain("Arbitrum", "Canonical bridge", new ChainHalts(4, 1))),
                List.of(new Bridge("Canonical bridge", exploitsPerYear, 0.5, 0.3)),
                Map.of("ETH-backed loans", "Arbitrum")));
    }

    @SuppressWarnings("unchecked")
    private static TableView<List<String>> table(FxRobot robot, String id) {
        return (TableView<List<String>>) robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void thePanelShowsACrossChainRunAndNothingForAPoolOnOneChain(FxRobot robot) throws Exception {
        shown.awaitFullRun();
        ChainsView panel = robot.lookup("#chains-panel").queryAs(ChainsView.class);
        assertFalse(panel.isVisible() || panel.isManaged(), "the built-in pool is on one chain: no panel");
        var viewModel = shown.workbench().viewModel();
        robot.interact(() -> viewModel.edit(onArbitrum(viewModel.current(), 2), "Put the loans on Arbitrum"));
        shown.awaitFullRun();
        assertTrue(panel.isVisible() && panel.isManaged());
        assertTrue(panel.getText().startsWith("Bridges and chains \u00b7 Bridge losses $"), panel.getText());
        TableView<List<String>> bridges = table(robot, "#chains-bridges");
        assertEquals(1, bridges.getItems().size());
        assertEquals(List.of("Canonical bridge", "Arbitrum", "$50.0M"), bridges.getItems().get(0).subList(0, 3),
                "the $50M loan book is what is bridged");
        assertEquals("Arbitrum", table(robot, "#chains-chains").getItems().get(0).get(0));
        Label badge = robot.lookup("#chains-badge").queryAs(Label.class);
        assertEquals("", badge.getText(), "the full run of what is on screen");

        // an edit: the figures shown are of the terms before it until its run lands
        robot.interact(() -> {
            viewModel.edit(onArbitrum(viewModel.current(), 4), "More exploits");
            assertTrue(badge.getText().startsWith("Stale"), badge.getText());
            assertTrue(panel.getContent().getOpacity() < 1, "greyed while stale");
        });
        shown.awaitFullRun();
        assertEquals("", badge.getText());
        assertEquals(1.0, panel.getContent().getOpacity());

        robot.interact(() -> viewModel.undo());
        robot.interact(() -> viewModel.undo());
        shown.awaitFullRun();
        assertFalse(panel.isVisible(), "back on one chain: the panel goes");
    }

    @Test
    void thePanelOpensFromTheKeyboard(FxRobot robot) throws Exception {
        var viewModel = shown.workbench().viewModel();
        robot.interact(() -> viewModel.edit(onArbitrum(viewModel.current(), 2), "Put the loans on Arbitrum"));
        shown.awaitFullRun();
        ChainsView panel = robot.lookup("#chains-panel").queryAs(ChainsView.class);
        assertFalse(panel.isExpanded(), "closed at first, so the charts keep their height");
        robot.interact(panel::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.isExpanded());
        assertTrue(table(robot, "#chains-bridges").isVisible());
    }

    @Test
    void fileOffersTheChainFiguresOnlyForACrossChainStructure(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").query();
        MenuItem export = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-export-chains".equals(i.getId())).findFirst().orElseThrow();
        assertFalse(export.isVisible());
        var viewModel = shown.workbench().viewModel();
        robot.interact(() -> viewModel.edit(onArbitrum(viewModel.current(), 2), "Put the loans on Arbitrum"));
        assertTrue(export.isVisible());
    }
}

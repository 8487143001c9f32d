package io.tranchelab.ui;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.ui.metrics.MetricsRow;
import io.tranchelab.ui.run.SimulationService;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the workbench says about its state: progress of long work, and pickers and run that agree. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchStateUiTest {

    private Workbench workbench;
    private SimulationService simulation;
    private WorkbenchOnStage shown;

    @Start
    void start(Stage stage) {
        shown = WorkbenchOnStage.show(stage, 1280, 800);
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

    /** What the closed combo box displays. */
    private static String shown(ComboBox<String> combo) {
        return ((javafx.scene.control.ListCell<?>) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) combo.getSkin())
                .getDisplayNode()).getText();
    }

    @Test
    void aLongRunSaysHowFarItIsHowLongIsLeftAndCanBeCancelled(FxRobot robot) throws Exception {
        awaitFullRun();
        SimulationResult before = simulation.result();
        Structure big = workbench.viewModel().current();
        robot.interact(() -> workbench.viewModel().edit(big.withSimulation(big.simulation().withPaths(200_000)), false));

        Label text = robot.lookup("#status-progress-text").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> text.getText().matches("Full run \u00b7 \\d+ % \u00b7 about \\d+ (s|min) left"));
        assertTrue(robot.lookup("#status-progress").query().isVisible());
        robot.clickOn("#status-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(simulation.isBusy());
        assertFalse(robot.lookup("#status-progress").query().isVisible(), "nothing runs: no progress shown");
        assertSame(before, simulation.result(), "the charts keep the last finished run");
    }

    @Test
    void afterOpeningAnotherFileThePickersTheRunAndTheTableNameTheSameScenarioAndTranches(FxRobot robot,
            @TempDir Path dir) throws Exception {
        awaitFullRun();
        String stress = ScenarioLibrary.namesFor(workbench.viewModel().current()).get(2);
        robot.interact(() -> workbench.viewModel().scenario().chosenProperty().set(stress));
        awaitFullRun();
        assertEquals(stress, simulation.result().scenario());

        // another deal with other tranche names, which has the same stress replay (same assets)
        Structure current = workbench.viewModel().current();
        List<Tranche> renamed = new ArrayList<>();
        for (Tranche t : current.tranches()) {
            renamed.add(new Tranche("Class " + t.name(), t.share(), t.coupon()));
        }
        Structure other = current.withName("Other deal").withTranches(renamed)
                .withSimulation(new SimulationSettings(1.0, 52, 1_500, 9));
        Path file = dir.resolve("other.json");
        StructureJson.write(other, file);
        robot.interact(() -> workbench.actions().load(file));
        awaitFullRun();

        ComboBox<String> scenarioCombo = robot.lookup("#scenario-combo").queryComboBox();
        assertEquals(stress, workbench.viewModel().scenario().chosen(), "the same-named scenario is kept");
        assertEquals(stress, scenarioCombo.getValue(), "the picker shows it");
        assertEquals(stress, shown(scenarioCombo));
        assertEquals(stress, simulation.result().scenario(), "and the run uses it");

        ComboBox<String> trancheCombo = robot.lookup("#chart-tranche").queryComboBox();
        assertNotNull(trancheCombo.getValue(), "the tranche picker is not blank");
        assertEquals(workbench.charts().trancheNames().get(workbench.charts().trancheProperty().get()),
                trancheCombo.getValue());
        assertTrue(trancheCombo.getValue().startsWith("Class "), trancheCombo.getValue());
        assertEquals(trancheCombo.getValue(), shown(trancheCombo));

        TableView<MetricsRow> table = robot.lookup("#metrics-table").queryTableView();
        assertEquals(renamed.stream().map(Tranche::name).toList(),
                table.getItems().stream().map(MetricsRow::tranche).toList());
        assertEquals(renamed.stream().map(Tranche::name).toList(),
                simulation.result().tranches().stream().map(TrancheMetrics::name).toList());
    }

    @Test
    void openingAFileWithoutThePickedScenarioFallsBackToBaseInPickerAndRun(FxRobot robot, @TempDir Path dir)
            throws Exception {
        awaitFullRun();
        assertEquals("base", shown(robot.lookup("#scenario-combo").queryComboBox()), "shown at first");
        Structure current = workbench.viewModel().current();
        String own = "keepers fail";
        Structure withOwn = current.withScenarios(List.of(new io.tranchelab.model.Scenario(own, "", 1.0, null, null,
                0.0, 1.0, null)));
        robot.interact(() -> workbench.viewModel().edit(withOwn, false));
        robot.interact(() -> workbench.viewModel().scenario().chosenProperty().set(own));
        awaitFullRun();
        assertEquals(own, simulation.result().scenario());

        Path file = dir.resolve("plain.json");
        StructureJson.write(current.withName("Plain"), file);
        robot.interact(() -> workbench.actions().load(file));
        awaitFullRun();

        ComboBox<String> scenarioCombo = robot.lookup("#scenario-combo").queryComboBox();
        assertEquals("base", workbench.viewModel().scenario().chosen());
        assertEquals("base", scenarioCombo.getValue(), "the picker is not blank");
        assertEquals("base", shown(scenarioCombo));
        assertEquals("base", simulation.result().scenario());
    }

    @Test
    void closingTheCompareWindowCancelsItsRunsOnTheSharedBudget(FxRobot robot) throws Exception {
        awaitFullRun();
        Stage[] compare = new Stage[1];
        // enough paths that the comparison is still running when the test looks for it and closes the
        // window: on the quick structure it could start and finish between two polls of the wait below
        Structure current = workbench.viewModel().current();
        Structure slow = current.withSimulation(current.simulation().withPaths(200_000));
        robot.interact(() -> compare[0] = io.tranchelab.ui.scenarios.CompareWindow.open(
                workbench.window().getScene().getWindow(), slow, "deal.json",
                workbench.jobs(), workbench.exports(), workbench.dialogs()));
        // the window starts its runs once shown: wait for them rather than race them
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.jobs().shownProperty().get() != null);
        assertNotNull(workbench.jobs().shownProperty().get(), "the comparison shows in the status bar");
        assertTrue(workbench.jobs().shownProperty().get().isRunning());

        robot.interact(() -> compare[0].close());

        assertEquals(null, workbench.jobs().shownProperty().get(), "nothing runs once the window is closed");
        assertFalse(robot.lookup("#status-progress").query().isVisible());
    }
}

package io.tranchelab.ui;

import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.io.RecoveryInstances;
import io.tranchelab.ui.document.RecoveryController;
import io.tranchelab.ui.edit.PositionValues;
import io.tranchelab.ui.metrics.MetricsRow;
import io.tranchelab.ui.run.SimulationService;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench driven as a user drives it, headless (Monocle), with the real core. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {

    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private Workbench workbench;
    private SimulationService simulation;
    private WorkbenchOnStage shown;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        shown = WorkbenchOnStage.show(stage, 1280, 800);
        simulation = shown.simulation();
        workbench = shown.workbench();
    }

    @AfterEach
    void stop() {
        shown.close();
    }

    private Structure structure() {
        return workbench.viewModel().current();
    }

    /** Waits until no run is pending and the last one was a full run. */
    private void awaitFullRun() throws Exception {
        shown.awaitFullRun();
    }

    private List<MetricsRow> metricsRows(FxRobot robot) {
        TableView<MetricsRow> table = robot.lookup("#metrics-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    /** The median loan health factor the collateral chart draws. */
    private double[] chartedMedianHealth(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#chart-collateral").query();
        XYPlot health = (XYPlot) ((CombinedDomainXYPlot) viewer.getChart().getPlot()).getSubplots().get(0);
        XYDataset data = health.getDataset();
        double[] out = new double[data.getItemCount(1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.getYValue(1, i);
        }
        return out;
    }

    /** Selects the loan book and scrolls the parameters to its liquidation threshold (the panel scrolls). */
    private void selectLoanBook(FxRobot robot) {
        robot.clickOn("#position-row-0");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node slider = robot.lookup("#slider-liquidationThreshold").query();
        javafx.scene.control.ScrollPane pane = robot.lookup("#parameter-panel").query();
        robot.interact(() -> {
            double hidden = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(slider.localToScene(slider.getLayoutBounds())).getMinY();
            pane.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / hidden)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingTheLiquidationThresholdSliderChangesTheMetricsTableAndTheCharts(FxRobot robot) throws Exception {
        awaitFullRun();
        selectLoanBook(robot);
        List<MetricsRow> rowsBefore = metricsRows(robot);
        double[] healthBefore = chartedMedianHealth(robot);
        double ltBefore = ((LoanBook) structure().positions().get(0)).liquidationThreshold();

        robot.drag("#slider-liquidationThreshold .thumb", MouseButton.PRIMARY).moveBy(-60, 0)
                .release(MouseButton.PRIMARY);
        awaitFullRun();

        double ltAfter = ((LoanBook) structure().positions().get(0)).liquidationThreshold();
        assertTrue(ltAfter < ltBefore - 0.01, "the threshold moved down: " + ltBefore + " -> " + ltAfter);
        assertNotEquals(rowsBefore, metricsRows(robot), "the metrics table shows the new run");
        double[] healthAfter = chartedMedianHealth(robot);
        assertEquals(healthBefore[0] * ltAfter / ltBefore, healthAfter[0], 1e-6 * healthAfter[0],
                "health at t = 0 is LT x collateral / debt, so it scales with the threshold (charted in float)");
        assertTrue(uncaught.isEmpty(), uncaught::toString);
    }

    @Test
    void draggingATrancheBoundaryResizesBothTranchesAndKeepsTheSumAtOne(FxRobot robot) throws Exception {
        awaitFullRun();
        List<Tranche> before = structure().tranches();

        robot.drag("#tranche-boundary-0", MouseButton.PRIMARY).moveBy(0, 30).release(MouseButton.PRIMARY);
        awaitFullRun();

        List<Tranche> after = structure().tranches();
        assertTrue(after.get(0).share() > before.get(0).share(), "the senior grew");
        assertTrue(after.get(1).share() < before.get(1).share(), "the mezzanine shrank");
        assertEquals(before.get(0).share() + before.get(1).share(), after.get(0).share() + after.get(1).share(), 1e-12);
        assertEquals(before.get(2), after.get(2));
        assertEquals(1.0, after.stream().mapToDouble(Tranche::share).sum(), 1e-12);
        assertEquals(after.get(0).share() * PositionValues.poolValue(structure()),
                simulation.result().tranches().get(0).initialPrincipal(), 1e-3, "the run after the drag is of the new stack");
    }

    @Test
    void undoAfterASliderDragRestoresThePreviousStructureExactly(FxRobot robot) throws Exception {
        awaitFullRun();
        Structure before = structure();
        selectLoanBook(robot);
        robot.drag("#slider-liquidationThreshold .thumb", MouseButton.PRIMARY).moveBy(50, 0).moveBy(-20, 0)
                .release(MouseButton.PRIMARY);
        awaitFullRun();
        assertNotEquals(before, structure());
        assertTrue(workbench.viewModel().document().isDirty());

        robot.interact(() -> workbench.window().requestFocus());
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        awaitFullRun();

        assertEquals(before, structure());
        assertFalse(workbench.viewModel().document().isDirty());
        assertFalse(workbench.viewModel().document().canUndoProperty().get(), "the whole drag was one step");
        Slider slider = robot.lookup("#slider-liquidationThreshold").query();
        assertEquals(((LoanBook) before.positions().get(0)).liquidationThreshold(), slider.getValue(), 1e-12);
    }

    @Test
    void ctrlZInATextFieldTakesBackItsTypingFirstAndThenUndoesTheDocument(FxRobot robot) throws Exception {
        awaitFullRun();
        int pathsBefore = structure().simulation().paths();
        TextField field = robot.lookup("#field-paths").query();
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write("3000").push(KeyCode.ENTER);
        awaitFullRun();
        assertEquals(3000, structure().simulation().paths(), "Enter committed the typed value");

        robot.interact(field::end);
        robot.write("9");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3,000", field.getText(), "the first Ctrl+Z takes back the typing");
        assertEquals(3000, structure().simulation().paths());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        awaitFullRun();
        assertEquals(pathsBefore, structure().simulation().paths(), "the next undoes the document");
        assertTrue(field.isFocused());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        awaitFullRun();
        assertEquals(3000, structure().simulation().paths(), "and Ctrl+Shift+Z redoes it");
    }

    @Test
    void theRestoreDialogNamesTheFileAndRestoreOpensTheWorkUnsaved(FxRobot robot, @TempDir Path dir)
            throws Exception {
        awaitFullRun();
        Path origin = dir.resolve("deal.json");
        Structure lost = structure().withName("work from the crash");
        try (RecoveryInstances.Held crashed = new RecoveryInstances(dir.resolve("recovery")).claim()) {
            crashed.store().save(lost, java.util.Optional.of(origin)); // then the instance is gone: its lock is free
        }
        RecoveryController recovery = new RecoveryController(workbench.viewModel().document(),
                new RecoveryInstances(dir.resolve("recovery")), Platform::runLater);
        boolean[] restored = new boolean[1];
        Platform.runLater(() -> restored[0] = workbench.offerRecovery(recovery)); // the dialog waits for an answer

        java.util.function.Predicate<javafx.scene.Node> restoreButton = n -> n instanceof javafx.scene.control.Button b
                && "Restore".equals(b.getText()) && b.isVisible() && b.getScene() != null
                && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(restoreButton).tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#restore-dialog").query();
        assertTrue(dialog.getHeaderText().matches("Restore unsaved work from .* \\(deal\\.json\\)\\?"),
                dialog.getHeaderText());
        robot.clickOn(robot.lookup(restoreButton).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(restored[0]);
        assertEquals(lost, structure());
        assertTrue(workbench.viewModel().document().isDirty());
        assertEquals(origin.toAbsolutePath(), workbench.viewModel().document().file());
        javafx.scene.control.Label state = robot.lookup("#status-autosave").query();
        assertTrue(state.getText().startsWith("Restored unsaved work from "), state.getText());
        recovery.close();
    }

    @Test
    void openingAnInvalidFileShowsTheErrorAndKeepsTheCurrentStructure(FxRobot robot, @TempDir Path dir)
            throws Exception {
        awaitFullRun();
        Structure before = structure();
        String sample = io.tranchelab.io.StructureJson.toJson(before);
        Path bad = Files.writeString(dir.resolve("bad.json"),
                sample.replaceFirst("\"share\"\\s*:\\s*0\\.7", "\"share\" : \"lots\""));
        assertNotEquals(sample, Files.readString(bad), "the test broke the file");

        boolean[] loaded = {true};
        robot.interact(() -> loaded[0] = workbench.actions().load(bad));

        assertFalse(loaded[0]);
        DialogPane dialog = robot.lookup("#error-dialog").query();
        TextArea details = robot.from(dialog).lookup("#error-details").query();
        assertTrue(details.getText().contains("/tranches/0/share"), details.getText());
        assertEquals(before, structure());
        assertNull(workbench.viewModel().document().file());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void twoHundredRapidSliderMovesEndWithTheResultsOfTheFinalValue(FxRobot robot) throws Exception {
        awaitFullRun();
        selectLoanBook(robot);
        Slider slider = robot.lookup("#slider-liquidationThreshold").query();
        robot.interact(() -> slider.setValueChanging(true));
        double last = 0;
        for (int i = 0; i < 200; i++) {
            double value = 0.70 + 0.25 * ((i * 37) % 200) / 200.0;
            last = value;
            robot.interact(() -> slider.setValue(value));
            if (i % 20 == 0) {
                Thread.sleep(40);
            }
        }
        robot.interact(() -> slider.setValueChanging(false));
        awaitFullRun();

        LoanBook loans = (LoanBook) structure().positions().get(0);
        assertEquals(last, loans.liquidationThreshold(), 0.0);
        SimulationResult shown = simulation.result();
        SimulationResult direct = Simulator.run(structure(), RunSettings.of(structure()));
        assertEquals(direct.tranches(), shown.tranches());
        assertEquals(direct.pool(), shown.pool());
        assertArrayEquals(direct.waterfall().fees(), shown.waterfall().fees());
        assertArrayEquals(direct.fans().loanHealth().p50(), shown.fans().loanHealth().p50());
        assertEquals(List.copyOf(direct.tranches().stream().map(MetricsRow::of).toList()), metricsRows(robot));
        assertNull(simulation.errorProperty().get());
        assertTrue(uncaught.isEmpty(), uncaught::toString);
    }


}

package io.tranchelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tranchelab.ui.document.RecentFiles;
import io.tranchelab.ui.run.FxTaskExecutor;
import io.tranchelab.ui.run.RunKind;
import io.tranchelab.ui.run.SimulationService;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/**
 * The workbench as the TestFX tests start it: the quick test structure on a stage of the given
 * size, its live run started; and the tear-down and the wait for a full run they share.
 */
record WorkbenchOnStage(FxTaskExecutor executor, SimulationService simulation, Workbench workbench) {

    static WorkbenchOnStage show(Stage stage, int width, int height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxTaskExecutor executor = new FxTaskExecutor();
        SimulationService simulation = WorkbenchApp.newSimulationService(executor);
        Workbench workbench = Workbench.withFxDialogs(TestStructures.quick(), null, simulation,
                new RecentFiles(RecentFiles.Store.inMemory()));
        stage.setScene(new Scene(workbench.window(), width, height));
        stage.show();
        workbench.viewModel().start();
        return new WorkbenchOnStage(executor, simulation, workbench);
    }

    /** Cancels on the FX thread (cancelling updates the status the window's labels are bound to). */
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, simulation::cancelAll);
        executor.close();
    }

    /** Waits until no run is pending and the last one was a full run. */
    void awaitFullRun() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !simulation.isBusy()
                && simulation.lastRunProperty().get() != null
                && simulation.lastRunProperty().get().kind() == RunKind.FULL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

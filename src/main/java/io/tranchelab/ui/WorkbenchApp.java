package io.tranchelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tranchelab.io.RecoveryInstances;
import io.tranchelab.ui.document.DefaultStructures;
import io.tranchelab.ui.document.RecentFiles;
import io.tranchelab.ui.present.PresentationMode;
import io.tranchelab.ui.document.RecoveryController;
import io.tranchelab.ui.run.BackgroundJobs;
import io.tranchelab.ui.run.FxTaskExecutor;
import io.tranchelab.ui.run.ResultCache;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationEngine;
import io.tranchelab.ui.run.SimulationService;
import io.tranchelab.ui.run.TaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JavaFX application: builds the workbench, opens the requested file, shows the window. */
public final class WorkbenchApp extends Application {

    /** Debounce of edits: long enough to merge a burst of key or mouse events, short against the 100 ms goal. */
    static final long DEBOUNCE_MILLIS = 20;
    /** While a slider keeps moving, a preview still starts this often, so charts follow the drag. */
    static final long MAX_WAIT_MILLIS = 120;
    /** Core time a preview may take, leaving room for the debounce and the chart update within 100 ms. */
    static final double PREVIEW_BUDGET_MILLIS = 40;

    /** Overrides the recovery folder (default ~/.tranchelab/recovery); each instance keeps its own subfolder there. */
    static final String RECOVERY_FOLDER_PROPERTY = "tranchelab.recovery";

    private FxTaskExecutor executor;
    private SimulationService simulation;
    private Workbench workbench;
    private RecoveryController recovery;

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("tranchelab: " + io.tranchelab.format.SafeText.message(e.getMessage()));
            Platform.exit();
            System.exit(2);
            return;
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        simulation = newSimulationService(executor);
        boolean snapshot = options.snapshot().isPresent();
        RecentFiles recent = snapshot ? new RecentFiles(RecentFiles.Store.inMemory()) : RecentFiles.inUserPreferences();
        workbench = Workbench.withFxDialogs(DefaultStructures.bundled(), null, simulation, recent);

        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        double[] size = options.windowSize(bounds.getWidth(), bounds.getHeight());
        Scene scene = new Scene(workbench.window(), size[0], size[1]);
        stage.setScene(scene);
        try (var icon = WorkbenchApp.class.getResourceAsStream("tranchelab.png")) {
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon)); // docks and task bars, on every OS
            }
        } catch (java.io.IOException e) {
            // no icon is cosmetic, never a reason not to start
        }
        stage.titleProperty().bind(workbench.viewModel().document().titleProperty());
        // the layout reflows down to 1000x640; a smaller screen gets what it has
        stage.setMinWidth(Math.min(1000, bounds.getWidth()));
        stage.setMinHeight(Math.min(640, bounds.getHeight()));
        stage.setOnCloseRequest(e -> {
            if (!snapshot && !workbench.actions().confirmDiscard()) {
                e.consume();
            } else {
                if (recovery != null) {
                    recovery.discard(); // saved or discarded on purpose: nothing left to recover
                }
                Platform.exit();
            }
        });
        stage.show();
        // A snapshot renders as on a screen of its size; the app follows the screen it opens on.
        // After show(): the tables whose columns are scaled exist only once the split panes have skins.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        UiScale.apply(workbench.window(), snapshot ? UiScale.factorFor(options.width(), options.height())
                : UiScale.factorFor(screen.getWidth(), screen.getHeight()));

        // A snapshot renders what it is given and never prompts: no recovery there.
        boolean restored = false;
        if (!snapshot) {
            try {
                recovery = new RecoveryController(workbench.viewModel().document(),
                        new RecoveryInstances(recoveryFolder()), Platform::runLater);
                restored = workbench.offerRecovery(recovery);
            } catch (IOException e) {
                // the workbench still works; only the safety net is missing, and the log says why
                System.getLogger(WorkbenchApp.class.getName()).log(System.Logger.Level.WARNING,
                        "autosave is off: cannot use the recovery folder " + recoveryFolder(), e);
            }
        }
        Path file = options.structureFile().orElse(DefaultStructures.sampleFile());
        if (file != null && !restored) {
            workbench.actions().load(file);
        }
        if (recovery != null) {
            recovery.follow();
        }
        workbench.viewModel().start();
        if (options.present()) {
            PresentationMode presentation = workbench.presentation(stage, !snapshot);
            presentation.enter();
            options.snapshot().ifPresent(target -> SnapshotWriter.afterSlidesReady(presentation.viewModel(),
                    options.slide(), scene, options, target));
        } else if (options.window().isPresent()) {
            options.snapshot().ifPresent(target -> SnapshotWriter.afterFullRunOpen(simulation, scene, options, target,
                    () -> options.window().get().equals("compare")
                            ? MeetingRoomMenus.openCompare(workbench, workbench.window())
                            : MeetingRoomMenus.openEditor(workbench, workbench.window())));
        } else {
            options.snapshot().ifPresent(target -> SnapshotWriter.afterFullRun(simulation, scene, options, target));
        }
    }

    /** The recomputation service as the app configures it (the UI tests and the latency probe use it too). */
    static SimulationService newSimulationService(TaskExecutor executor) {
        return new SimulationService(SimulationEngine.CORE, new BackgroundJobs(executor, ResultCache.withDefaultBudget()),
                DEBOUNCE_MILLIS, MAX_WAIT_MILLIS, new PreviewSizing(PREVIEW_BUDGET_MILLIS));
    }

    private static Path recoveryFolder() {
        String configured = System.getProperty(RECOVERY_FOLDER_PROPERTY);
        return configured == null || configured.isBlank() ? RecoveryInstances.defaultRoot() : Path.of(configured);
    }

    @Override
    public void stop() {
        if (recovery != null) {
            try {
                recovery.close(); // writes a pending change: an exit that skipped the close request keeps it
            } catch (IOException e) {
                System.getLogger(WorkbenchApp.class.getName()).log(System.Logger.Level.WARNING,
                        "last autosave failed", e);
            }
        }
        if (simulation != null) {
            simulation.cancelAll();
            simulation.jobs().cancelAll(); // comparisons, slides and exports under way
        }
        if (workbench != null) {
            workbench.close();
        }
        if (executor != null) {
            executor.close(); // the one worker and timer every background task ran on
        }
    }

}

package io.tranchelab.ui;

import io.tranchelab.model.Structure;
import io.tranchelab.ui.canvas.CanvasViewModel;
import io.tranchelab.ui.charts.ChartsViewModel;
import io.tranchelab.ui.document.DefaultStructures;
import io.tranchelab.ui.document.DialogService;
import io.tranchelab.ui.document.DocumentActions;
import io.tranchelab.ui.document.RecentFiles;
import io.tranchelab.ui.document.RecoveryController;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.chains.ChainsViewModel;
import io.tranchelab.ui.metrics.MetricsViewModel;
import io.tranchelab.ui.params.ParameterPanelViewModel;
import io.tranchelab.ui.run.FxTaskExecutor;
import io.tranchelab.ui.run.SimulationService;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.ui.export.ExportViewModel;
import io.tranchelab.ui.present.PresentationMode;
import io.tranchelab.ui.present.PresentationViewModel;
import io.tranchelab.ui.run.BackgroundJobs;
import io.tranchelab.ui.run.ResultFreshness;
import io.tranchelab.ui.scenarios.ComparisonRunner;
import javafx.scene.Parent;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root: one document, one simulation service, the view models that read them
 * and the main window that binds to those. The app and the UI tests build it the same way.
 */
public final class Workbench {

    private final WorkbenchViewModel viewModel;
    private final DocumentActions actions;
    private final CanvasViewModel canvas;
    private final ParameterPanelViewModel parameters;
    private final ChartsViewModel charts;
    private final MetricsViewModel metrics;
    private final ChainsViewModel chains;
    private final ResultFreshness freshness;
    private final StatusLine status = new StatusLine();
    private final DialogService dialogService;
    private final MainWindow window;
    /** The one compute budget and results cache the live run, comparisons, slides and exports share. */
    private final BackgroundJobs jobs;
    private final ExportViewModel exports;
    /** Reads files for Open on a thread of its own: an Open never waits behind a comparison. */
    private final FxTaskExecutor files = new FxTaskExecutor();

    /**
     * @param dialogs makes the dialog service from the window's root (whose window appears only once shown)
     */
    public Workbench(Structure initial, Path file, SimulationService simulation, RecentFiles recentFiles,
                     Function<Supplier<Parent>, DialogService> dialogs) {
        jobs = simulation.jobs();
        StructureDocument document = new StructureDocument(initial, file);
        viewModel = new WorkbenchViewModel(document, simulation);
        canvas = new CanvasViewModel(viewModel, document.structureProperty(), simulation.resultProperty(),
                viewModel.selectionProperty());
        parameters = new ParameterPanelViewModel(viewModel, viewModel.selectionProperty(),
                document.structureProperty());
        freshness = new ResultFreshness(simulation, document.structureProperty(),
                viewModel.scenario().chosenProperty(), document::inGesture);
        charts = new ChartsViewModel(simulation.resultProperty(), freshness.badgeProperty());
        metrics = new MetricsViewModel(simulation.resultProperty(), freshness.badgeProperty(),
                freshness.staleProperty());
        chains = new ChainsViewModel(simulation.resultProperty(), freshness.badgeProperty(),
                freshness.staleProperty()); // cross-chain pools (docs/model.md §8.14)
        viewModel.selectionProperty().addListener((o, was, now) -> {
            if (now instanceof Selection.Tranche t) {
                charts.follow(t.index());
            }
        });
        MainWindow[] holder = new MainWindow[1];
        dialogService = dialogs.apply(() -> holder[0]);
        actions = new DocumentActions(document, recentFiles, dialogService, DefaultStructures::empty, files);
        exports = new ExportViewModel(document.structureProperty(), new ComparisonRunner(jobs), dialogService);
        status.follow(simulation.statusProperty());
        status.follow(actions.messageProperty());
        window = new MainWindow(this, recentFiles);
        holder[0] = window;
    }

    /** A workbench with the real dialogs. */
    public static Workbench withFxDialogs(Structure initial, Path file, SimulationService simulation,
                                          RecentFiles recentFiles) {
        return new Workbench(initial, file, simulation, recentFiles,
                root -> new FxDialogService(() -> root.get().getScene().getWindow()));
    }

    /**
     * The presentation of the current structure: a slide for the base case and each scenario it
     * can run under.
     *
     * @param fullScreen false for snapshots, which keep the window's size
     */
    public PresentationMode presentation(Stage stage, boolean fullScreen) {
        Structure structure = viewModel.current();
        return new PresentationMode(stage, new PresentationViewModel(structure, ScenarioLibrary.namesFor(structure),
                new ComparisonRunner(jobs)), fullScreen);
    }

    public ExportViewModel exports() {
        return exports;
    }

    /** Stops the file reader's thread; the compute budget is closed by its owner (the application). */
    public void close() {
        files.close();
    }

    public BackgroundJobs jobs() {
        return jobs;
    }

    public DialogService dialogs() {
        return dialogService;
    }

    public WorkbenchViewModel viewModel() {
        return viewModel;
    }

    public DocumentActions actions() {
        return actions;
    }

    public CanvasViewModel canvas() {
        return canvas;
    }

    public ParameterPanelViewModel parameters() {
        return parameters;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public ResultFreshness freshness() {
        return freshness;
    }

    public MetricsViewModel metrics() {
        return metrics;
    }

    /** The Chains panel's rows: a cross-chain pool's bridges and chains from the run shown. */
    public ChainsViewModel chains() {
        return chains;
    }

    /**
     * Offers the work a crashed session left (through this window's dialogs) and shows the
     * recovery's messages in the status bar. Call before any file is opened.
     *
     * @return whether the document now holds restored work (then no file should be opened over it)
     */
    public boolean offerRecovery(RecoveryController recovery) {
        status.followSide(recovery.stateProperty());
        return recovery.offerRestore(dialogService);
    }

    /** What the status bar says; the app adds the recovery's messages. */
    public StatusLine status() {
        return status;
    }

    public MainWindow window() {
        return window;
    }
}

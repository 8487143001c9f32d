package io.tranchelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.document.RecentFiles;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.params.NumberParameterViewModel;
import io.tranchelab.ui.run.FxTaskExecutor;
import io.tranchelab.ui.run.RunInfo;
import io.tranchelab.ui.run.RunKind;
import io.tranchelab.ui.run.SimulationService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures the workbench's latency in the real window (docs/performance.md, "Workbench latency"):
 * moves the first loan book's liquidation-threshold slider one step at a time during a drag and
 * records, for each step, the time from the slider change to the preview's charts and table
 * updated and laid out (the next pulse); then releases it and records the full run.
 * Run: {@code xvfb-run -a java -cp ... 'io.tranchelab.ui.LatencyProbe$Run' FILE.json [moves] [position] [parameter] [skipped]},
 * or headless, without a display, as the TestFX tests run: {@code java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1080-32 -cp ... (the same)}
 * (the test class path holds openjfx-monocle);
 * the parameter being a slider of the position's panel (default: liquidationThreshold of position 0), and
 * the first {@code skipped} previews (default 5) left out of the figures.
 */
public final class LatencyProbe extends Application {

    private final BlockingQueue<double[]> measured = new ArrayBlockingQueue<>(1000);
    private String parameter;
    /** The first previews left out of the figures: the JIT is still compiling the app's code (seconds of C2 time). */
    private int skipped;

    /** The entry point: a class that is not the Application, as the JavaFX launcher requires on a classpath. */
    public static final class Run {
        public static void main(String[] args) {
            Application.launch(LatencyProbe.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Structure structure = StructureJson.read(Path.of(args.get(0)));
        int moves = args.size() > 1 ? Integer.parseInt(args.get(1)) : 40;
        int position = args.size() > 2 ? Integer.parseInt(args.get(2)) : 0;
        parameter = args.size() > 3 ? args.get(3) : "liquidationThreshold";
        skipped = args.size() > 4 ? Integer.parseInt(args.get(4)) : 5;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxTaskExecutor executor = new FxTaskExecutor();
        fxThread = Thread.currentThread().getId();
        SimulationService simulation = new SimulationService(this::coreMeasured,
                new io.tranchelab.ui.run.BackgroundJobs(executor, io.tranchelab.ui.run.ResultCache.withDefaultBudget()),
                WorkbenchApp.DEBOUNCE_MILLIS, WorkbenchApp.MAX_WAIT_MILLIS,
                new io.tranchelab.ui.run.PreviewSizing(WorkbenchApp.PREVIEW_BUDGET_MILLIS));
        Workbench workbench = Workbench.withFxDialogs(structure, null, simulation, new RecentFiles(new NoStore()));
        Scene scene = new Scene(workbench.window(), 1366, 768);
        stage.setScene(scene);
        stage.show();
        long[] changedAt = {0, 0};
        simulation.lastRunProperty().addListener((o, was, run) -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                measured.add(new double[] {run.kind() == RunKind.FULL ? 1 : 0, run.paths(), run.computeMillis(),
                        run.latencyMillis(), (System.nanoTime() - changedAt[0]) / 1e6, run.applyMillis(),
                        (uiThreadCpu() - changedAt[1]) / 1e6, run.queuedMillis(), uiCpuInCore / 1e6,
                        processCpuInCore / 1e6});
            };
            scene.addPostLayoutPulseListener(once[0]);
        });
        workbench.viewModel().selectionProperty().set(new Selection.Position(position));
        workbench.viewModel().start();
        Thread driver = new Thread(() -> drive(workbench, changedAt, moves), "latency-probe");
        driver.setDaemon(true);
        driver.start();
    }

    private long fxThread;
    /** UI thread CPU and process CPU (ns) during the last core run. */
    private volatile long uiCpuInCore;
    private volatile long processCpuInCore;

    private io.tranchelab.sim.SimulationResult coreMeasured(Structure structure, io.tranchelab.sim.RunSettings settings,
            io.tranchelab.sim.ProgressListener progress, io.tranchelab.sim.CancellationToken cancel) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long ui = threads.getThreadCpuTime(fxThread);
        long process = os.getProcessCpuTime();
        try {
            return io.tranchelab.ui.run.SimulationEngine.CORE.run(structure, settings, progress, cancel);
        } finally {
            uiCpuInCore = threads.getThreadCpuTime(fxThread) - ui;
            processCpuInCore = os.getProcessCpuTime() - process;
        }
    }

    private void drive(Workbench workbench, long[] changedAt, int moves) {
        try {
            take(); // the first full run
            for (int warm = 0; warm < 2; warm++) {
                runFull(workbench, changedAt, 0.98 + 0.01 * warm);
            }
            Slider lt = (Slider) workbench.window().lookup("#slider-" + parameter);
            List<double[]> previews = new ArrayList<>();
            Platform.runLater(() -> lt.setValueChanging(true));
            for (int i = 0; i < moves; i++) {
                double value = lt.getMin() + (lt.getMax() - lt.getMin()) * (0.55 + 0.3 * (i % 30) / 30.0);
                Platform.runLater(() -> {
                    changedAt[0] = System.nanoTime();
                    changedAt[1] = uiThreadCpu();
                    lt.setValue(value);
                });
                previews.add(take());
            }
            long releasedAt = System.nanoTime();
            Platform.runLater(() -> {
                changedAt[0] = releasedAt;
                changedAt[1] = uiThreadCpu();
                lt.setValueChanging(false);
            });
            double[] full = take();
            System.out.printf(Locale.US, "preview paths and core ms, median of each 100 moves: %s%n", byHundred(previews));
            report("preview (slider dragged)", previews.subList(Math.min(skipped, previews.size() - 1), previews.size()));
            List<double[]> fulls = new ArrayList<>(List.of(full));
            for (int i = 0; i < 4; i++) {
                // up and down in turn, so that the value stays inside the slider's range, never back to
                // a value run before (the workbench would show that run's cached result)
                fulls.add(runFull(workbench, changedAt, i % 2 == 0 ? 1.01 : 0.985));
            }
            report("full run (slider released, then edits)", fulls);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
            System.exit(0);
        }
    }

    private double[] runFull(Workbench workbench, long[] changedAt, double factor) throws InterruptedException {
        Platform.runLater(() -> {
            changedAt[0] = System.nanoTime();
            changedAt[1] = uiThreadCpu();
            NumberParameterViewModel row = (NumberParameterViewModel) workbench.parameters().row(parameter);
            row.submitValue(row.valueProperty().get() * factor, false);
        });
        return take();
    }

    /**
     * CPU time of the UI thread (call on it), in ns: what the UI spends on an edit from the change
     * to the charts laid out, a figure that other jobs' load moves far less than wall time.
     */
    private static long uiThreadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private double[] take() throws InterruptedException {
        double[] m = measured.poll(120, TimeUnit.SECONDS);
        if (m == null) {
            throw new IllegalStateException("no run finished within 120 s");
        }
        return m;
    }

    private static void report(String what, List<double[]> runs) {
        double[] compute = runs.stream().mapToDouble(r -> r[2]).sorted().toArray();
        double[] applied = runs.stream().mapToDouble(r -> r[3]).sorted().toArray();
        double[] laidOut = runs.stream().mapToDouble(r -> r[4]).sorted().toArray();
        double[] apply = runs.stream().mapToDouble(r -> r[5]).sorted().toArray();
        double[] uiCpu = runs.stream().mapToDouble(r -> r[6]).sorted().toArray();
        double[] queued = runs.stream().mapToDouble(r -> r[7]).sorted().toArray();
        double[] handBack = runs.stream().mapToDouble(r -> r[3] - r[7] - r[2] - r[5]).sorted().toArray();
        double[] uiInCore = runs.stream().mapToDouble(r -> r[8]).sorted().toArray();
        double[] processInCore = runs.stream().mapToDouble(r -> r[9]).sorted().toArray();
        double[] sizes = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
        System.out.printf(Locale.US, "%s: %d runs of %,.0f paths (median %,.0f, min %,.0f)%n  core %s ms%n"
                        + "  UI update (tables, charts) %s ms%n"
                        + "  change -> core started (debounce, hand-off) %s ms%n"
                        + "  core done -> UI update started (hand-back) %s ms%n"
                        + "  change -> results applied %s ms%n  change -> charts laid out %s ms%n"
                        + "  UI thread CPU, change -> charts laid out %s ms%n"
                        + "  while the core ran: UI thread CPU %s ms, process CPU %s ms%n", what, runs.size(),
                runs.get(runs.size() - 1)[1], sizes[sizes.length / 2], sizes[0], stats(compute), stats(apply),
                stats(queued), stats(handBack), stats(applied), stats(laidOut), stats(uiCpu),
                stats(uiInCore), stats(processInCore));
    }

    /** How the previews grow as the JIT compiles the app: the median size and core time of each hundred moves. */
    private static String byHundred(List<double[]> previews) {
        StringBuilder out = new StringBuilder();
        for (int from = 0; from < previews.size(); from += 100) {
            List<double[]> hundred = previews.subList(from, Math.min(previews.size(), from + 100));
            double[] sizes = hundred.stream().mapToDouble(r -> r[1]).sorted().toArray();
            double[] core = hundred.stream().mapToDouble(r -> r[2]).sorted().toArray();
            out.append(String.format(Locale.US, "%s%,.0f (%.0f)", from == 0 ? "" : ", ", sizes[sizes.length / 2],
                    core[core.length / 2]));
        }
        return out.toString();
    }

    private static String stats(double[] sorted) {
        return String.format(Locale.US, "median %.0f, p90 %.0f, max %.0f", sorted[sorted.length / 2],
                sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))], sorted[sorted.length - 1]);
    }

    private static final class NoStore implements RecentFiles.Store {
        @Override
        public List<String> load() {
            return List.of();
        }

        @Override
        public void save(List<String> paths) {
        }
    }
}

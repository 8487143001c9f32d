package io.tranchelab.ui.charts;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the UI thread's work for one run shown in the four live charts (docs/performance.md):
 * the charts of a sample, in a window of the workbench's size, alternately shown two results of
 * the same size (two seeds), and the UI thread's CPU time per update (the datasets rebuilt and
 * every chart drawn into its canvas, then a layout pass) taken over many updates. CPU time, not
 * wall time, so that other jobs' load moves it little. Headless as the TestFX tests:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -Dheadless.geometry=1920x1080-32 -cp ... 'io.tranchelab.ui.charts.ChartUpdateProbe$Run' FILE.json [paths] [updates]}
 */
public final class ChartUpdateProbe extends Application {

    /** The entry point: a class that is not the Application, as the JavaFX launcher requires on a classpath. */
    public static final class Run {
        public static void main(String[] args) {
            Application.launch(ChartUpdateProbe.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Structure structure = StructureJson.read(Path.of(args.get(0)));
        int paths = args.size() > 1 ? Integer.parseInt(args.get(1)) : 2_000;
        int updates = args.size() > 2 ? Integer.parseInt(args.get(2)) : 200;
        SimulationResult[] results = new SimulationResult[2];
        for (int i = 0; i < 2; i++) {
            Structure seeded = structure.withSimulation(structure.simulation().withSeed(structure.simulation().seed() + i));
            results[i] = Simulator.run(seeded, RunSettings.of(seeded).withPaths(paths));
        }
        SimpleObjectProperty<SimulationResult> result = new SimpleObjectProperty<>(results[1]);
        ChartsView view = new ChartsView(new ChartsViewModel(result));
        Scene scene = new Scene(view, 1366 * 0.62, 768 * 0.8); // about the charts' share of the workbench
        stage.setScene(scene);
        stage.show();
        var threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[updates];
        double[] wall = new double[updates];
        for (int warm = 0; warm < updates / 2; warm++) {
            result.set(results[warm % 2]);
            view.layout();
        }
        for (int i = 0; i < updates; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            result.set(results[i % 2]);
            scene.getRoot().applyCss();
            view.layout();
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            wall[i] = (System.nanoTime() - wall0) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.US, "%s, %,d paths, %d updates: UI thread CPU per update median %.2f ms (p10 %.2f,"
                        + " p90 %.2f); wall median %.2f ms%n", args.get(0), paths, updates, cpu[updates / 2],
                cpu[updates / 10], cpu[updates * 9 / 10], wall[updates / 2]);
        Platform.exit();
        System.exit(0);
    }
}

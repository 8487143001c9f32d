package io.tranchelab.ui.export;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.ui.document.ScriptedDialogs;
import io.tranchelab.ui.present.PresentationViewModel;
import io.tranchelab.ui.run.BackgroundJobs;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.ResultCache;
import io.tranchelab.ui.scenarios.ComparisonRunner;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times what the meeting room waits for (docs/performance.md): slides prepared, the PDF report
 * and the CSV metrics of a structure, one after the other as a user asks for them, on the
 * calling thread. Not a test: a probe run by hand,
 * {@code java -cp ... io.tranchelab.ui.export.ExportTimingProbe samples/eth-lending-book.json}.
 */
public final class ExportTimingProbe {

    private ExportTimingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Structure structure = StructureJson.read(Path.of(args[0]));
        Path dir = Files.createTempDirectory("tranchelab-probe");
        // one budget and cache for all, as in the workbench
        BackgroundJobs jobs = new BackgroundJobs(new DirectTaskExecutor(), ResultCache.withDefaultBudget());
        ExportViewModel exports = new ExportViewModel(new SimpleObjectProperty<>(structure),
                new ComparisonRunner(jobs), new ScriptedDialogs());
        time("slides", () -> new PresentationViewModel(structure, ScenarioLibrary.namesFor(structure),
                new ComparisonRunner(jobs)).prepare());
        time("pdf", () -> exports.exportReport(dir.resolve("report.pdf")));
        time("csv", () -> exports.exportMetrics(dir.resolve("metrics.csv")));
        time("pdf again", () -> exports.exportReport(dir.resolve("report2.pdf")));
        System.out.println(exports.messageProperty().get());
        System.out.printf(Locale.US, "cache: %d results, %.1f MiB, %d hits, %d misses%n", jobs.cache().size(),
                jobs.cache().bytes() / 1048576.0, jobs.cache().hits(), jobs.cache().misses());
    }

    private static void time(String what, Runnable action) {
        long start = System.nanoTime();
        action.run();
        System.out.printf(Locale.US, "%-10s %6.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }
}

package io.tranchelab.cli;

import io.tranchelab.batch.BlockTasks;
import io.tranchelab.batch.InProcessSweep;
import io.tranchelab.batch.SweepPlan;
import io.tranchelab.batch.SweepResults;
import io.tranchelab.batch.SweepRunException;
import io.tranchelab.batch.SweepRunner;
import io.tranchelab.batch.SweepRunners;
import io.tranchelab.design.InvalidOverrideException;
import io.tranchelab.format.Formats;
import io.tranchelab.format.SafeText;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.SweepSpec;
import io.tranchelab.io.SweepSpecJson;
import io.tranchelab.model.Problem;
import io.tranchelab.report.SweepCsv;
import io.tranchelab.report.SweepJson;
import io.tranchelab.sim.CancellationToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sweep SPEC.json [--master URL] [--out FILE.csv|.json]}: every variant of every structure
 * of a sweep spec under every scenario on every seed, as one table in a fixed row order. Without
 * a master it runs in this process on the sweep engine; with one (or under spark-submit, which
 * sets the master) it runs on Spark through the runner of the job jar, with the same numbers.
 */
@Command(name = "sweep", header = "Run a sweep spec: structures x variants x scenarios x seeds, one table.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs every variant of a sweep spec (docs/format.md, \"Sweep spec\") and writes one row per"
                + " run: structure, variant, the varied parameters, scenario, seed and the metrics, in a fixed order."
                + " The table is the same, double for double, in this process and on Spark.",
            "Without --master it runs here, progress on stderr. With --master (local[N], spark://host:port), or"
                + " under spark-submit, it runs one Spark task per range of blocks of a run (--blocks-per-task),"
                + " merged in block order; that needs the job jar"
                + " (mvn -Pspark package: target/tranchelab-spark-job.jar)."},
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab sweep samples/sweeps/lending-alignment.json --out alignment.csv",
            "  java -cp 'target/tranchelab-spark-job.jar:SPARK_HOME/jars/*' io.tranchelab.Main sweep SPEC.json"
                + " --master local[2]",
            "  spark-submit --master spark://host:7077 target/tranchelab-spark-job.jar sweep SPEC.json"
                + " --out results.json"})
final class SweepCommand implements Callable<Integer> {

    /** The system property spark-submit sets to its --master: a sweep submitted so runs on that master. */
    static final String SPARK_MASTER_PROPERTY = "spark.master";

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "SPEC", arity = "1", description = "The sweep spec (JSON).")
    private String file;

    @Option(names = "--master", paramLabel = "URL",
            description = "Run on Spark: local[*], local[N] or spark://host:port (default: in this process;"
                    + " under spark-submit, its master).")
    private String master;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the table to FILE.csv or FILE.json (default: CSV on stdout).")
    private String out;

    @Option(names = "--paths", paramLabel = "N", converter = Converters.Paths.class,
            description = "Paths per run, 1 to 10,000,000 (default: the spec's paths).")
    private Integer paths;

    @Option(names = "--threads", paramLabel = "T", converter = Converters.Threads.class,
            description = "Threads of an in-process sweep, 1 to 256; results do not depend on it (default: all"
                    + " cores).")
    private Integer threads;

    @Option(names = "--blocks-per-task", paramLabel = "B", converter = Converters.BlocksPerTask.class,
            description = "On Spark, cut each run into tasks of B blocks of 256 paths, merged in block order; the"
                    + " table does not depend on it (default: whole runs when there are at least 2 per core, else"
                    + " each run cut so that every core gets 2 tasks).")
    private Integer blocksPerTask;

    private Terminal terminal;

    @Override
    public Integer call() throws UsageException {
        terminal = parent.terminal;
        Path target = out == null ? null : target(out);
        SweepPlan plan = plan();
        String sparkMaster = master != null ? master : System.getProperty(SPARK_MASTER_PROPERTY);
        if (sparkMaster == null && blocksPerTask != null) {
            throw new UsageException("--blocks-per-task cuts the runs of a sweep on Spark into tasks; without"
                    + " --master the sweep runs in this process, where it has nothing to cut");
        }
        SweepResults results;
        try {
            results = sparkMaster == null ? inProcess(plan) : onSpark(plan, sparkMaster);
        } catch (InvalidOverrideException e) {
            throw new UsageException(file + ": a variant is refused: " + e.getMessage());
        } catch (IllegalArgumentException e) { // the core refuses a run too big for memory, with the figures
            throw new UsageException("sweep: " + e.getMessage());
        } catch (SweepRunException e) {
            throw new UsageException(e.getMessage());
        }
        write(results, target);
        return Cli.OK;
    }

    private SweepPlan plan() throws UsageException {
        try {
            SweepSpec spec = SweepSpecJson.read(Cli.path("SPEC", file));
            return paths == null ? SweepPlan.of(spec) : SweepPlan.of(spec, paths);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (StructureFormatException e) {
            throw new UsageException(file + ": " + summary(e.problems()));
        }
    }

    private SweepResults inProcess(SweepPlan plan) {
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        terminal.progress(String.format(Locale.ROOT, "sweep: %s runs of %s paths in this process on %d threads",
                Formats.count(plan.cells()), Formats.count(plan.paths()), cores));
        TenthsReporter tenths = new TenthsReporter(plan.cells());
        return InProcessSweep.run(plan, cores, tenths::report, CancellationToken.none());
    }

    private SweepResults onSpark(SweepPlan plan, String sparkMaster) throws UsageException {
        SweepRunner runner = SweepRunners.spark().orElseThrow(() -> new UsageException(SweepRunners.NO_SPARK));
        terminal.progress(String.format(Locale.ROOT, "sweep: %s runs of %s paths on Spark (%s)%s",
                Formats.count(plan.cells()), Formats.count(plan.paths()), sparkMaster, blocksPerTask == null
                        ? ", cut into tasks by the master's cores"
                        : ", in tasks of " + Formats.count(blocksPerTask) + " blocks of 256 paths"));
        long start = System.nanoTime();
        return runner.run(plan, sparkMaster, blocksPerTask == null ? BlockTasks.AUTO : blocksPerTask,
                (done, total) -> terminal.progress(String.format(Locale.ROOT, "sweep: task %s of %s done (%s s)",
                        Formats.count(done), Formats.count(total),
                        Formats.count(Math.round((System.nanoTime() - start) / 1e9)))), CancellationToken.none());
    }

    private void write(SweepResults results, Path target) throws UsageException {
        if (target == null) {
            terminal.csv(SweepCsv.of(results));
            return;
        }
        String text = isJson(target) ? json(results) : SweepCsv.of(results);
        try {
            ReportFiles.writeAll(Map.of(target, text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UsageException("--out " + out + ": cannot write (" + e.getMessage() + ")");
        }
        terminal.println("wrote " + out + " (" + Formats.count(results.plan().cells()) + " rows)");
    }

    /** --out checked before a run that may take hours: its folder, its kind, its extension. */
    private Path target(String name) throws UsageException {
        Path target = Cli.path("--out", name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".json")) {
            throw new UsageException("--out " + name + ": name a .csv or a .json file");
        }
        ReportFiles.check(Map.of("--out", target), Cli.path("SPEC", file));
        return target;
    }

    private static boolean isJson(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String json(SweepResults results) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(SweepJson.of(results))
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** The first problem, and how many more. */
    private static String summary(List<Problem> problems) {
        String first = problems.get(0).toString();
        int more = problems.size() - 1;
        return more == 0 ? first : SafeText.line(first, SafeText.MESSAGE_LIMIT / 2) + " (and " + Formats.count(more)
                + (more == 1 ? " more problem)" : " more problems)");
    }

    /** Progress on stderr at each tenth of the runs, so a long sweep says it is alive without flooding the log. */
    private final class TenthsReporter {

        private final int cells;
        private int reported;

        TenthsReporter(int cells) {
            this.cells = cells;
        }

        synchronized void report(double fraction) {
            int tenth = (int) Math.floor(fraction * 10 + 1e-9);
            if (tenth > reported) {
                reported = tenth;
                terminal.progress(String.format(Locale.ROOT, "sweep: %d %% (%s of %s runs)", tenth * 10,
                        Formats.count(Math.round(fraction * cells)), Formats.count(cells)));
            }
        }
    }
}

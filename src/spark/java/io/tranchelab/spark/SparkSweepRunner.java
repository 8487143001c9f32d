package io.tranchelab.spark;

import io.tranchelab.batch.SweepPlan;
import io.tranchelab.batch.SweepResults;
import io.tranchelab.batch.SweepRunException;
import io.tranchelab.batch.SweepRunner;
import io.tranchelab.batch.TaskProgress;
import io.tranchelab.design.SweepCell;
import io.tranchelab.design.SweepRequest;
import io.tranchelab.design.SweepRow;
import io.tranchelab.design.SweepTable;
import io.tranchelab.io.StructureJson;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.SimulationCancelledException;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs a sweep plan on Spark: one task per cell (structure x variant x scenario x seed), each the
 * sweep engine's own unit of work ({@link EvaluateCell}); the rows are put back by their index in
 * the plan's order, so the results equal the in-process run's, double for double, whatever the
 * partitioning or the order tasks finish in (docs/model.md §14.10).
 *
 * <p>The master is checked before a context is made ({@link MasterCheck}): an unreachable one is
 * one line after a bounded wait, not Spark's minute of retries and a stack trace.
 */
public final class SparkSweepRunner implements SweepRunner {

    /** How long a spark:// master may take to accept a connection. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long a cluster may take to give the sweep its first executor. */
    static final Duration EXECUTOR_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, String> settings;
    private final int partitions;

    /** The runner the sweep command finds by ServiceLoader: Spark's own configuration (spark-submit's, spark.* properties). */
    public SparkSweepRunner() {
        this(Map.of(), 0);
    }

    /**
     * With Spark settings on top of the defaults and a number of partitions (0: one per task);
     * tests use it to run the same plan with other partitionings.
     */
    public SparkSweepRunner(Map<String, String> settings, int partitions) {
        this.settings = Map.copyOf(settings);
        this.partitions = partitions;
    }

    @Override
    public SweepResults run(SweepPlan plan, String master, TaskProgress progress, CancellationToken cancel) {
        MasterCheck.reachable(master, CONNECT_TIMEOUT);
        List<SweepTask> tasks = tasks(plan);
        try (JavaSparkContext spark = context(plan, master)) {
            TaskCounter counter = new TaskCounter(tasks.size(), progress);
            spark.sc().addSparkListener(counter);
            MasterCheck.executorsWithin(spark, master, EXECUTOR_TIMEOUT, cancel);
            Broadcast<SweepJob> job = spark.broadcast(job(plan, spark.getConf()));
            CancelWatcher watcher = CancelWatcher.start(spark, cancel);
            try {
                List<TaskResult> results = spark.parallelize(tasks, partitions > 0 ? partitions : tasks.size())
                        .map(new EvaluateCell(job)).collect();
                return assemble(plan, results);
            } catch (Exception e) { // SparkException is checked in Java's eyes but not declared by Scala
                if (cancel.isCancelled()) {
                    throw new SimulationCancelledException();
                }
                throw new SweepRunException("the sweep failed on Spark (" + master + "): " + SparkErrors.oneLine(e), e);
            } finally {
                watcher.stop();
            }
        } catch (SweepRunException | SimulationCancelledException e) {
            throw e;
        } catch (LinkageError e) { // java -cp with a partial set of Spark's jars
            throw new SweepRunException("Spark's classes are incomplete on this class path (" + SparkErrors.oneLine(e)
                    + " is missing): put all of a Spark 4.2 distribution's jars/* after the job jar, or use"
                    + " spark-submit", e);
        } catch (Exception e) {
            throw new SweepRunException("Spark could not start a context on " + master + ": " + SparkErrors.oneLine(e), e);
        }
    }

    /** The tasks in the plan's order: structure by structure, each request's cells in the engine's order. */
    static List<SweepTask> tasks(SweepPlan plan) {
        List<SweepTask> tasks = new ArrayList<>(plan.cells());
        for (int s = 0; s < plan.requests().size(); s++) {
            SweepRequest request = plan.requests().get(s);
            for (SweepCell cell : request.cells()) {
                tasks.add(new SweepTask(tasks.size(), s, request.variants().get(cell.variantIndex()), cell));
            }
        }
        return tasks;
    }

    /** Rows placed by their index, then cut into one table per structure. */
    static SweepResults assemble(SweepPlan plan, List<TaskResult> results) {
        SweepRow[] rows = new SweepRow[plan.cells()];
        for (TaskResult result : results) {
            rows[result.index()] = result.row();
        }
        List<SweepTable> tables = new ArrayList<>();
        int from = 0;
        for (SweepRequest request : plan.requests()) {
            int to = from + request.cells().size();
            List<SweepRow> slice = Arrays.asList(rows).subList(from, to);
            if (slice.contains(null)) {
                throw new SweepRunException("Spark returned " + results.size() + " results for " + plan.cells()
                        + " tasks");
            }
            tables.add(new SweepTable(request.variants(), request.scenarios(), request.seeds(), request.metrics(),
                    slice));
            from = to;
        }
        return new SweepResults(plan, tables);
    }

    private JavaSparkContext context(SweepPlan plan, String master) {
        SparkConf conf = new SparkConf().setMaster(master);
        conf.setIfMissing("spark.app.name", "TrancheLab sweep" + (plan.spec().name().isEmpty() ? ""
                : ": " + plan.spec().name()));
        conf.setIfMissing("spark.ui.showConsoleProgress", "false"); // the sweep prints its own progress
        settings.forEach(conf::set);
        String jar = JobJar.path();
        if (jar != null && !master.startsWith("local") && !conf.contains("spark.jars")) {
            conf.setJars(new String[] {jar}); // started with java -cp, not spark-submit: ship ourselves
        }
        return new JavaSparkContext(conf);
    }

    private static SweepJob job(SweepPlan plan, SparkConf conf) {
        List<String> structures = plan.requests().stream().map(r -> StructureJson.toJson(r.base())).toList();
        return new SweepJob(structures, plan.paths(), plan.metrics(), Math.max(1, conf.getInt("spark.task.cpus", 1)));
    }
}

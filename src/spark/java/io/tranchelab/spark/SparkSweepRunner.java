package io.tranchelab.spark;

import io.tranchelab.batch.BlockTask;
import io.tranchelab.batch.BlockTasks;
import io.tranchelab.batch.SweepPlan;
import io.tranchelab.batch.SweepResults;
import io.tranchelab.batch.SweepRunException;
import io.tranchelab.batch.SweepRunner;
import io.tranchelab.batch.TaskProgress;
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
 * Runs a sweep plan on Spark: one task per range of blocks of a cell's run (structure x variant x
 * scenario x seed x blocks, {@link BlockTasks}), simulated by {@link SimulateBlocks}; the parts of
 * each cell meet after a shuffle keyed by the cell and merge in block order ({@link MergeCell},
 * the simulator's own {@code SplitRun.merge}) into the cell's whole run, from which its row is read;
 * the rows are put back by their cell's index in the plan's order. So the results equal the
 * in-process run's, double for double, whatever the cut into blocks, the partitioning or the order
 * tasks finish in (docs/model.md §14.10).
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
     * With Spark settings on top of the defaults and a number of partitions (0: one per block task);
     * tests use it to run the same plan with other partitionings.
     */
    public SparkSweepRunner(Map<String, String> settings, int partitions) {
        this.settings = Map.copyOf(settings);
        this.partitions = partitions;
    }

    @Override
    public SweepResults run(SweepPlan plan, String master, int blocksPerTask, TaskProgress progress,
                            CancellationToken cancel) {
        MasterCheck.reachable(master, CONNECT_TIMEOUT);
        try (JavaSparkContext spark = context(plan, master)) {
            MasterCheck.executorsWithin(spark, master, EXECUTOR_TIMEOUT, cancel);
            int cores = spark.defaultParallelism();
            List<BlockTask> tasks = BlockTasks.of(plan, BlockTasks.blocksPerTask(plan, blocksPerTask, cores));
            int slices = partitions > 0 ? Math.min(partitions, tasks.size()) : tasks.size();
            spark.sc().addSparkListener(new TaskCounter(tasks.size(), slices, progress));
            Broadcast<SweepJob> job = spark.broadcast(job(plan, spark.getConf()));
            CancelWatcher watcher = CancelWatcher.start(spark, cancel);
            try {
                List<TaskResult> results = spark.parallelize(tasks, slices)
                        .mapToPair(new SimulateBlocks(job))
                        .groupByKey(Math.max(1, Math.min(plan.cells(), BlockTasks.TASKS_PER_CORE * cores)))
                        .map(new MergeCell(job))
                        .collect();
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

package io.tranchelab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tranchelab.batch.InProcessSweep;
import io.tranchelab.batch.SweepPlan;
import io.tranchelab.batch.SweepResults;
import io.tranchelab.report.SweepCsv;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same plan on a standalone master with one worker, both started by the test on 127.0.0.1:
 * the tasks run in executor JVMs that read the structures back from the broadcast JSON, and the
 * table still equals the in-process one, double for double, with whole runs as tasks and with
 * runs cut into block tasks whose parts meet after a shuffle.
 */
class StandaloneClusterSweepTest {

    @TempDir
    Path work;

    @Test
    void aMasterAndOneWorkerGiveTheInProcessTableBitForBit() throws Exception {
        SweepPlan plan = SweepSpecs.plan(Files.createDirectories(work.resolve("spec")));
        SweepResults inProcess = InProcessSweep.run(plan, 2, ProgressListener.NONE, CancellationToken.none());
        AtomicInteger tasks = new AtomicInteger();

        AtomicInteger blockTasks = new AtomicInteger();

        SweepResults spark;
        SweepResults inBlocks;
        try (StandaloneCluster cluster = StandaloneCluster.start(Files.createDirectories(work.resolve("spark")))) {
            SparkSweepRunner runner = new SparkSweepRunner(cluster.executorSettings(), 0);
            spark = runner.run(plan, cluster.masterUrl(), (done, total) -> tasks.incrementAndGet(),
                    CancellationToken.none());
            // each run's 2 blocks in 2 tasks, in 3 partitions, the parts shuffled between executor JVMs to the merge
            inBlocks = new SparkSweepRunner(cluster.executorSettings(), 3).run(plan, cluster.masterUrl(), 1,
                    (done, total) -> blockTasks.set(done), CancellationToken.none());
        }

        assertEquals(inProcess.tables(), spark.tables());
        assertEquals(SweepCsv.of(inProcess), SweepCsv.of(spark));
        assertEquals(SweepSpecs.CELLS, tasks.get());
        assertEquals(inProcess.tables(), inBlocks.tables());
        assertEquals(2 * SweepSpecs.CELLS, blockTasks.get());
    }
}

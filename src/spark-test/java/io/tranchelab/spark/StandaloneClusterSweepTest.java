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
 * table still equals the in-process one, double for double.
 */
class StandaloneClusterSweepTest {

    @TempDir
    Path work;

    @Test
    void aMasterAndOneWorkerGiveTheInProcessTableBitForBit() throws Exception {
        SweepPlan plan = SweepSpecs.plan(Files.createDirectories(work.resolve("spec")));
        SweepResults inProcess = InProcessSweep.run(plan, 2, ProgressListener.NONE, CancellationToken.none());
        AtomicInteger tasks = new AtomicInteger();

        SweepResults spark;
        try (StandaloneCluster cluster = StandaloneCluster.start(Files.createDirectories(work.resolve("spark")))) {
            spark = new SparkSweepRunner(cluster.executorSettings(), 0).run(plan, cluster.masterUrl(),
                    (done, total) -> tasks.incrementAndGet(), CancellationToken.none());
        }

        assertEquals(inProcess.tables(), spark.tables());
        assertEquals(SweepCsv.of(inProcess), SweepCsv.of(spark));
        assertEquals(SweepSpecs.CELLS, tasks.get());
    }
}

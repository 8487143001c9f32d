package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cancel is seen before the next step of a group of paths, not at the end of a block of 256 paths
 * (which may take minutes at the input limits); and the run's wait for its workers reports a timeout.
 */
class CancellationPerPathTest {

    private static final Structure BOOK = TestStructures.loanBook(1, 12);

    private static RunAggregation oneBlockRun() {
        return new RunAggregation(new SimulationPlan(BOOK, Scenario.BASE),
                TestStructures.runSettings(BOOK, Scenario.BASE_NAME, RunAggregation.BLOCK_SIZE, 1));
    }

    private static BlockSimulator simulator(RunAggregation run) {
        return new BlockSimulator(run.plan, 7, BlockSimulator.LANES);
    }

    @Test
    void aBlockStopsBeforeTheStepAtWhichTheCancelIsSeen() {
        RunAggregation run = oneBlockRun();
        AtomicInteger asked = new AtomicInteger();
        // the token reads "cancelled" from its fourth reading on: steps 1, 2, 3 of the first group of
        // paths run, step 4 does not
        boolean completed = run.runBlock(0, simulator(run), run.newCollector(), () -> asked.incrementAndGet() > 3);

        assertFalse(completed);
        assertEquals(4, asked.get());
        for (int path = 0; path < RunAggregation.BLOCK_SIZE; path++) {
            assertEquals(0.0, run.finalValue[path], "path " + path + " did not finish");
        }
        for (double[] bucket : run.stepSums) {
            for (double sum : bucket) {
                assertEquals(0.0, sum, "an abandoned block is not merged");
            }
        }
    }

    @Test
    void aBlockThatIsNotCancelledRunsEveryPathAndIsMerged() {
        RunAggregation run = oneBlockRun();
        AtomicInteger asked = new AtomicInteger();
        assertTrue(run.runBlock(0, simulator(run), run.newCollector(), () -> asked.incrementAndGet() < 0));
        assertEquals(12 * RunAggregation.BLOCK_SIZE / BlockSimulator.LANES, asked.get(),
                "asked before each of the 12 steps of each group of paths");
        for (int path = 0; path < RunAggregation.BLOCK_SIZE; path++) {
            assertNotEquals(0.0, run.finalValue[path]);
        }
        assertNotEquals(0.0, run.stepSums[RunAggregation.INCOME][0]);
    }

    @Test
    void stopReportsWorkersThatOutliveTheTimeoutAndThenThoseThatEnd() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        pool.submit(() -> {
            started.countDown();
            release.await();
            return null;
        });
        started.await();

        assertFalse(Simulator.stop(pool, Duration.ofMillis(200)), "a worker still runs");
        release.countDown();
        assertTrue(Simulator.stop(pool, Duration.ofSeconds(30)), "the worker has ended");
    }

    @Test
    void stopKeepsWaitingThroughAnInterruptAndRestoresIt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        pool.submit(() -> {
            release.await();
            return null;
        });
        Thread.currentThread().interrupt();
        new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        }).start();

        assertTrue(Simulator.stop(pool, Duration.ofSeconds(30)));
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }
}

package io.tranchelab.sim;

import org.junit.jupiter.api.TestReporter;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts and cancels 1,000 runs of two threads each, the cancel coming from another thread at
 * a random moment (seeded): before the run starts, while it runs, or just after it ended.
 * Every run must end in {@link SimulationCancelledException} or a result, nothing else; after
 * all of them no worker thread may be alive and the heap must be back near where it started.
 */
class CancellationSoakTest {

    private static final int RUNS = 1_000;
    private static final long SEED = 20_240_601L;
    /**
     * Noise here is about 0.1 MiB. A run's working buffers are about 1 MiB (1,000 leaked: a
     * gigabyte); keeping only the results of the runs that complete would add about 30 MiB.
     */
    private static final long HEAP_GROWTH_BOUND = 16L << 20;

    /** ETH with jumps, 20 loans against it and a yield position. */
    private static Structure monthlyLoanBook() {
        return TestStructures.loanBook(1, 12);
    }

    private enum Outcome { CANCELLED, COMPLETED }

    @Test
    void aThousandCancelledRunsLeaveNoThreadAndNoHeapBehind(TestReporter reporter) throws InterruptedException {
        Structure structure = monthlyLoanBook();
        // Eight blocks of paths, four for each thread: a cancel can land between blocks or within one.
        RunSettings settings = runSettings(structure, Scenario.BASE_NAME, 8 * RunAggregation.BLOCK_SIZE, 2);
        long runNanos = typicalRunNanos(structure, settings);
        long heapBefore = usedHeapAfterGc();
        int[] counts = new int[Outcome.values().length];
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try {
            SplittableRandom random = new SplittableRandom(SEED);
            for (int run = 0; run < RUNS; run++) {
                CancellationToken cancel = new CancellationToken();
                int moment = random.nextInt(10);
                if (moment == 0) {
                    cancel.cancel(); // before the run starts
                } else if (moment < 9) {
                    // at a random share (up to 1.5) of a typical run: mostly during it, sometimes just after
                    canceller.schedule(cancel::cancel, (long) (random.nextDouble(1.5) * runNanos),
                            TimeUnit.NANOSECONDS);
                }
                long start = System.nanoTime();
                Outcome outcome = runToTheEnd(structure, settings, cancel, run);
                if (outcome == Outcome.COMPLETED && moment != 0) {
                    runNanos = (7 * runNanos + System.nanoTime() - start) / 8; // follows the machine's pace
                }
                if (moment == 9) {
                    canceller.execute(cancel::cancel); // right after it ended: too late to matter
                }
                counts[outcome.ordinal()]++;
            }
        } finally {
            canceller.shutdownNow();
        }
        List<String> alive = workersAliveAfterGracePeriod();
        long heapAfter = usedHeapAfterGc();
        reporter.publishEntry("cancellation soak", String.format(Locale.ROOT, "%,d runs (a run %.1f ms at the end), %,d cancelled, %,d completed;"
                        + " worker threads alive after: %d; used heap after GC %.1f MiB before, %.1f MiB after",
                RUNS, runNanos / 1e6, counts[0], counts[1], alive.size(), heapBefore / 1048576.0,
                heapAfter / 1048576.0));

        assertEquals(List.of(), alive, "worker threads left behind");
        assertTrue(heapAfter - heapBefore < HEAP_GROWTH_BOUND, () -> "heap grew by "
                + (heapAfter - heapBefore) / 1048576 + " MiB over " + RUNS + " runs");
        assertTrue(counts[0] >= RUNS / 10, "runs cancelled before they started count as cancelled: "
                + Arrays.toString(counts));
        assertTrue(counts[1] >= RUNS / 10, "runs cancelled after they ended count as completed: "
                + Arrays.toString(counts));
    }

    /** Runs until the run returns or throws: a result or a cancellation, anything else fails. */
    private static Outcome runToTheEnd(Structure structure, RunSettings settings, CancellationToken cancel, int run) {
        try {
            SimulationResult result = Simulator.run(structure, settings, ProgressListener.NONE, cancel);
            assertEquals(settings.paths(), result.trancheLosses().get(0).length, "run " + run + ": paths in the result");
            return Outcome.COMPLETED;
        } catch (SimulationCancelledException e) {
            return Outcome.CANCELLED;
        } catch (RuntimeException e) {
            throw new AssertionError("run " + run + " (seed " + SEED + ") ended in " + e, e);
        }
    }

    /**
     * The median time of uncancelled runs after a warm-up: where the cancel delays start from
     * (they then follow the runs that complete). Nothing is asserted about time.
     */
    private static long typicalRunNanos(Structure structure, RunSettings settings) {
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            Simulator.run(structure, settings);
        }
        long[] nanos = new long[9];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            Simulator.run(structure, settings);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2];
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Worker threads still alive once each has had up to 2 s to finish returning. */
    private static List<String> workersAliveAfterGracePeriod() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        List<String> alive = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(Simulator.THREAD_PREFIX)) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                if (thread.isAlive()) {
                    alive.add(thread.getName());
                }
            }
        }
        return alive;
    }
}

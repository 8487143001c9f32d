package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.model.YieldPosition;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RunMemoryTest {

    private static Structure structure() {
        return new Structure("memory", "", new SimulationSettings(1, 365, 1000, 1),
                List.of(new VolatileAsset("X", 1, 0, 0.5, Jumps.NONE, OptionalDouble.empty())),
                CorrelationMatrix.identity(1), 0, List.of(new YieldPosition("Y", "X", 100, 0.05, LossEvents.NONE)),
                List.of(new Tranche("Senior", 0.8, 0.04), new Tranche("Equity", 0.2, 0)), WaterfallTerms.NONE,
                List.of(), List.of());
    }

    /**
     * The estimate against what a run really allocates per path, measured with the JVM's
     * per-thread allocation counter. Hand count of the per-path arrays (RunAggregation): per
     * tranche loss, return, IRR, drawdown and average life, per pool loss, bad debt, liquidation
     * volume and final value, 8 bytes each: 8 x (5 x 2 + 4) = 112 bytes for two tranches; while
     * the metrics are assembled, four sorted copies (loss, return, IRR, drawdown: ResultAssembler)
     * add 32. The chart sample is capped (5,000 paths), so it does not grow past that.
     */
    @Test
    void perPathEstimateCoversTheMeasuredAllocationWithoutGrossExcess() {
        SimulationPlan plan = new SimulationPlan(structure(), Scenario.BASE);
        RunSettings base = RunSettings.of(structure()).withThreads(2);
        int paths = 100_000;
        PathArraysSpare.clear(); // arrays an earlier run handed back would be taken, not allocated
        long measured = (allocatedBy(() -> new RunAggregation(plan, base.withPaths(2 * paths)))
                - allocatedBy(() -> new RunAggregation(plan, base.withPaths(paths)))) / paths;
        assertEquals(112, measured, 1, "hand-counted per-path arrays");
        long perPathAtAssembly = measured + 32;
        long estimated = (RunMemory.estimateBytes(plan, base.withPaths(3 * paths), 2)
                - RunMemory.estimateBytes(plan, base.withPaths(2 * paths), 2)) / paths;
        assertTrue(estimated >= perPathAtAssembly, "estimate " + estimated + " B/path, measured " + perPathAtAssembly);
        assertTrue(estimated <= 2 * perPathAtAssembly, "estimate " + estimated + " B/path, measured "
                + perPathAtAssembly + ": a run refused for memory it would not use");
    }

    /**
     * What one more worker adds to the estimate covers that worker's dated cash for the IRR and
     * the solver's copies of it. Hand count: two tranches x 256 lanes x 365 dates (one a step) =
     * 186,880 flows of 8 bytes, the dated cash a run's worker really holds (read from the array it
     * hands back), and at most as many again in the copies (SolvedFlowsTest: one copy a slot).
     */
    @Test
    void aWorkersEstimateCoversItsDatedCashAndTheSolversCopies() {
        SimulationPlan plan = new SimulationPlan(structure(), Scenario.BASE);
        RunSettings settings = RunSettings.of(structure()).withPaths(2 * RunAggregation.BLOCK_SIZE).withThreads(1);
        PathStatistics.DATED_SPARE.clear();
        Simulator.run(structure(), settings);
        List<double[]> kept = PathStatistics.DATED_SPARE.current();
        assertEquals(1, kept.size(), "one worker's dated cash handed back");
        assertEquals(2 * 256 * 365, kept.get(0).length, "hand-counted dated cash");
        long perWorker = RunMemory.estimateBytes(plan, settings, 2) - RunMemory.estimateBytes(plan, settings, 1);
        assertTrue(perWorker >= 8L * 2 * kept.get(0).length, "a worker's estimate " + perWorker + " B");
    }

    /** Bytes the calling thread allocates while {@code action} runs (HotSpot's counter). */
    private static long allocatedBy(Runnable action) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) bean;
        long before = counter.getCurrentThreadAllocatedBytes();
        action.run();
        return counter.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void aRunTooBigForTheHeapIsRefusedWithTheFigures() {
        long paths = (long) (Runtime.getRuntime().maxMemory() / 40.0); // 40 bytes cannot hold a path's figures
        int tooMany = (int) Math.min(Integer.MAX_VALUE, Math.max(paths, 1_000_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulator.run(structure(), RunSettings.of(structure()).withPaths(tooMany)));
        assertTrue(e.getMessage().contains("need about"), e.getMessage());
        assertTrue(e.getMessage().contains("use at most about"), e.getMessage());
    }

    @Test
    void aRunShortOfMemoryDropsTheArraysKeptForReuseBeforeItIsRefused() {
        // a million paths fit -Xmx256m only without the last run's chart sample (13 MB) beside them
        ChartValuesSpare.giveBack(new float[2][3][4]);
        PathArraysSpare.clear();
        long paths = (long) (Runtime.getRuntime().maxMemory() / 40.0);
        int tooMany = (int) Math.min(Integer.MAX_VALUE, Math.max(paths, 1_000_000));
        assertThrows(IllegalArgumentException.class,
                () -> Simulator.run(structure(), RunSettings.of(structure()).withPaths(tooMany)));
        assertNull(ChartValuesSpare.current(), "the spare was kept while the run was short of memory");
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The fans start when the chart sample's last block is collected (RunAggregation.startFansWhenSampled),
 * not before and not only at the run's end, and give the fans selected at the end, bit for bit.
 */
class EarlyFansTest {

    /** 1,000 paths: blocks 0-3; a sample of 300 paths: blocks 0 and 1. */
    private static final int PATHS = 1000;
    private static final int SAMPLE = 300;

    @Test
    void theFansStartWithTheSamplesLastBlockAndMatchThoseSelectedAtTheEnd() throws Exception {
        Structure structure = GoldenResultsTest.sample("eth-lending-book");
        RunSettings settings = settings(structure);
        SimulationPlan plan = plan(structure, settings);
        HeldTasks executor = new HeldTasks();
        RunAggregation run = new RunAggregation(plan, settings);
        run.startFansWhenSampled(executor, () -> false);
        BlockSimulator simulator = new BlockSimulator(plan, settings.seed(), BlockSimulator.LANES);
        RunAggregation.Collector collector = run.newCollector();

        run.runBlock(1, simulator, collector, () -> false);
        run.runBlock(2, simulator, collector, () -> false);
        assertEquals(0, executor.tasks.size(), "block 0 of the sample is not in yet");
        run.runBlock(0, simulator, collector, () -> false);
        int series = executor.tasks.size();
        assertEquals(1 + 3 * plan.trancheCount + 1, series, "one task per series (NAV, 3 per tranche, loan health)");
        run.runBlock(3, simulator, collector, () -> false);
        assertEquals(series, executor.tasks.size(), "started once");

        ChartSample.PendingFans pending = run.fans(null);
        executor.runAll();
        assertNull(BitIdentical.firstDifference(fansAtTheEnd(structure, settings), pending.await()));
    }

    @Test
    void fansSkippedByAStopAreSelectedWhenTheRunCompletesAllTheSame() throws Exception {
        Structure structure = GoldenResultsTest.sample("lp-fee-pool");
        RunSettings settings = settings(structure);
        SimulationPlan plan = plan(structure, settings);
        HeldTasks executor = new HeldTasks();
        RunAggregation run = new RunAggregation(plan, settings);
        run.startFansWhenSampled(executor, () -> true);
        runAll(run, plan, settings);
        executor.runAll(); // each task sees the stop and selects nothing
        assertNull(BitIdentical.firstDifference(fansAtTheEnd(structure, settings), run.fans(null).await()));
    }

    @Test
    void aPartOfASplitRunStartsNoFans() throws Exception {
        Structure structure = GoldenResultsTest.sample("eth-lending-book");
        RunSettings settings = settings(structure);
        SimulationPlan plan = plan(structure, settings);
        for (boolean keepBlocks : new boolean[] {true, false}) {
            HeldTasks executor = new HeldTasks();
            RunAggregation part = new RunAggregation(plan, settings, 0, 2, keepBlocks);
            part.startFansWhenSampled(executor, () -> false);
            BlockSimulator simulator = new BlockSimulator(plan, settings.seed(), BlockSimulator.LANES);
            RunAggregation.Collector collector = part.newCollector();
            part.runBlock(0, simulator, collector, () -> false);
            part.runBlock(1, simulator, collector, () -> false);
            assertEquals(0, executor.tasks.size(), "keepBlocks " + keepBlocks);
        }
        HeldTasks executor = new HeldTasks();
        RunAggregation whole = new RunAggregation(plan, settings, 0, 4, true);
        whole.startFansWhenSampled(executor, () -> false);
        runAll(whole, plan, settings);
        assertEquals(0, executor.tasks.size(), "blocks kept apart: a part of a split run");
    }

    @Test
    void withoutTheEarlyStartTheFansStartAtTheEnd() throws Exception {
        Structure structure = GoldenResultsTest.sample("eth-lending-book");
        RunSettings settings = settings(structure);
        SimulationPlan plan = plan(structure, settings);
        RunAggregation run = new RunAggregation(plan, settings);
        runAll(run, plan, settings);
        HeldTasks executor = new HeldTasks();
        ChartSample.PendingFans pending = run.fans(executor);
        assertEquals(1 + 3 * plan.trancheCount + 1, executor.tasks.size());
        executor.runAll();
        assertNull(BitIdentical.firstDifference(fansAtTheEnd(structure, settings), pending.await()));
    }

    @Test
    void aRunWhoseSampleFitsInItsFirstBlockGivesTheSameResultOnOneAndTwoThreads() throws Exception {
        Structure structure = GoldenResultsTest.sample("staking-steth-note");
        RunSettings settings = RunSettings.of(structure).withPaths(PATHS).withSeed(3).withThreads(1);
        RunSettings small = new RunSettings(settings.paths(), settings.seed(), 1, settings.scenario(),
                settings.chartPoints(), 100);
        SimulationResult one = Simulator.run(structure, small);
        SimulationResult two = Simulator.run(structure, small.withThreads(2));
        assertNull(BitIdentical.firstDifference(one, two));
    }

    /** The fans as a run without the early start selects them: on this thread, after every block. */
    private static FanSeries fansAtTheEnd(Structure structure, RunSettings settings) {
        SimulationPlan plan = plan(structure, settings);
        RunAggregation run = new RunAggregation(plan, settings);
        runAll(run, plan, settings);
        return run.fans(null).await();
    }

    private static void runAll(RunAggregation run, SimulationPlan plan, RunSettings settings) {
        BlockSimulator simulator = new BlockSimulator(plan, settings.seed(), BlockSimulator.LANES);
        RunAggregation.Collector collector = run.newCollector();
        for (int b = run.firstBlock; b < run.endBlock; b++) {
            run.runBlock(b, simulator, collector, () -> false);
        }
    }

    private static RunSettings settings(Structure structure) {
        RunSettings base = RunSettings.of(structure).withPaths(PATHS).withSeed(17);
        return new RunSettings(base.paths(), base.seed(), 1, base.scenario(), base.chartPoints(), SAMPLE);
    }

    private static SimulationPlan plan(Structure structure, RunSettings settings) {
        return new SimulationPlan(structure, Simulator.scenario(structure, settings.scenario()));
    }

    /** Holds what is submitted until the test runs it, on the test's thread. */
    private static final class HeldTasks extends AbstractExecutorService {

        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        void runAll() {
            tasks.forEach(Runnable::run);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}

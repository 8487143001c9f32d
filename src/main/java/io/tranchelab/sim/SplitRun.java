package io.tranchelab.sim;

import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run split into ranges of blocks that run on their own, in other processes if need be, and
 * merge into exactly the result of the whole run, to the bit. A run's paths fall into
 * {@link #blocks} blocks of 256 (docs/model.md §9); {@link #simulate} runs a range of them and
 * {@link #merge} puts the ranges' {@link PartialRun}s together in block order, adding the
 * blocks' sums in the order a run does, so that {@code merge(simulate(0, k), simulate(k, n))}
 * equals {@link Simulator#run} for any split ({@code SplitRunTest}).
 */
public final class SplitRun {

    private SplitRun() {
    }

    /** The blocks a run with these settings has: its paths in blocks of 256, the last one possibly shorter. */
    public static int blocks(RunSettings settings) {
        return RunAggregation.blocksFor(settings.paths());
    }

    /**
     * Simulates blocks {@code firstBlock} to {@code endBlock - 1} of the run on the settings'
     * threads. The settings (paths, seed, scenario, chart resolution) must be those of the whole run.
     *
     * @throws IllegalArgumentException when the range is not within the run's blocks, the scenario is
     *                                  unknown, or the range would not fit in memory
     */
    public static PartialRun simulate(Structure structure, RunSettings settings, int firstBlock, int endBlock) {
        long start = System.nanoTime();
        return Simulator.execute(structure, settings, firstBlock, endBlock, true, ProgressListener.NONE,
                CancellationToken.none(), (run, pool) -> new PartialRun(run, settings, System.nanoTime() - start));
    }

    /**
     * The result of the whole run from its parts, given in any order but together covering every
     * block once. The result's elapsed time is the parts' simulation time plus the merge's.
     *
     * @throws IllegalArgumentException when the parts are of another run, overlap or leave a gap
     */
    public static SimulationResult merge(Structure structure, RunSettings settings, List<PartialRun> parts) {
        long start = System.nanoTime();
        SimulationPlan plan = new SimulationPlan(structure, Simulator.scenario(structure, settings.scenario()));
        List<PartialRun> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingInt(PartialRun::firstBlock));
        int blocks = blocks(settings);
        int next = 0;
        long elapsed = 0;
        for (PartialRun part : ordered) {
            if (!part.structureName.equals(plan.structureName) || !part.scenario.equals(plan.scenarioName)
                    || part.paths != settings.paths() || part.seed != settings.seed() || part.steps != plan.steps
                    || part.chartPoints != settings.chartPoints() || part.chartSamplePaths != settings.chartSamplePaths()) {
                throw new IllegalArgumentException("blocks " + part.firstBlock + " to " + (part.endBlock - 1)
                        + " are of another run (" + part.structureName + ", " + part.scenario + ", " + part.paths
                        + " paths, seed " + part.seed + ")");
            }
            if (part.firstBlock != next) {
                throw new IllegalArgumentException(part.firstBlock < next
                        ? "blocks " + part.firstBlock + " to " + (next - 1) + " are given twice"
                        : "blocks " + next + " to " + (part.firstBlock - 1) + " are missing");
            }
            next = part.endBlock;
            elapsed += part.elapsedNanos;
        }
        if (next != blocks) {
            throw new IllegalArgumentException("blocks " + next + " to " + (blocks - 1) + " are missing");
        }
        RunAggregation run = new RunAggregation(plan, settings);
        for (PartialRun part : ordered) {
            int from = part.firstBlock * RunAggregation.BLOCK_SIZE;
            int count = part.finalValue.length;
            for (int t = 0; t < plan.trancheCount; t++) {
                System.arraycopy(part.loss[t], 0, run.loss[t], from, count);
                System.arraycopy(part.annualReturn[t], 0, run.annualReturn[t], from, count);
                System.arraycopy(part.irr[t], 0, run.irr[t], from, count);
                System.arraycopy(part.maxDrawdown[t], 0, run.maxDrawdown[t], from, count);
                System.arraycopy(part.averageLife[t], 0, run.averageLife[t], from, count);
            }
            System.arraycopy(part.poolLoss, 0, run.poolLoss, from, count);
            System.arraycopy(part.badDebt, 0, run.badDebt, from, count);
            System.arraycopy(part.liquidationVolume, 0, run.liquidationVolume, from, count);
            System.arraycopy(part.finalValue, 0, run.finalValue, from, count);
            for (int b = 0; b < part.bridgeLoss.length; b++) { // cross-chain pools (§8.14)
                System.arraycopy(part.bridgeLoss[b], 0, run.bridgeLoss[b], from, count);
            }
            for (int c = 0; c < part.haltedSteps.length; c++) {
                System.arraycopy(part.haltedSteps[c], 0, run.haltedSteps[c], from, count);
            }
            run.chart.copyFrom(part.chartValues, from);
            for (int b = part.firstBlock; b < part.endBlock; b++) {
                run.merge(b, part.blockSums[b - part.firstBlock]);
            }
        }
        return ResultAssembler.assemble(run, settings.seed(), null, start - elapsed);
    }
}

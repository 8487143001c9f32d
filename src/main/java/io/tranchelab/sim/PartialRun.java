package io.tranchelab.sim;

import java.io.Serializable;

/**
 * What one range of blocks of a run produced ({@link SplitRun#simulate}), to be merged with the
 * other ranges into the run's result ({@link SplitRun#merge}): the per-path figures of its paths,
 * its share of the chart sample, and each block's own sums (a run adds its blocks' sums in block
 * order, so a range cannot add its blocks up ahead of the ranges before it). Serializable, so
 * that ranges can run in other processes (a Spark task each). Its contents are the core's own
 * business: merge it, do not read it.
 */
public final class PartialRun implements Serializable {

    private static final long serialVersionUID = 3L; // 2: the per-path IRR; 3: the cross-chain totals

    /** What the run was: a part of another run is refused at the merge. */
    final String structureName;
    final String scenario;
    final int paths;
    final long seed;
    final int steps;
    final int chartPoints;
    final int chartSamplePaths;
    final int firstBlock;
    final int endBlock;
    /** [tranche][path - first path of the range] */
    final double[][] loss;
    final double[][] annualReturn;
    final double[][] irr;
    final double[][] maxDrawdown;
    final double[][] averageLife;
    final double[] poolLoss;
    final double[] badDebt;
    final double[] liquidationVolume;
    final double[] finalValue;
    /** [bridge][path - first path of the range] and [chain][...]: empty for a pool on one chain (§8.14). */
    final double[][] bridgeLoss;
    final int[][] haltedSteps;
    /** [series][grid point][sample path - first path of the range]: empty past the sample. */
    final float[][][] chartValues;
    final RunAggregation.BlockSums[] blockSums;
    final long elapsedNanos;

    PartialRun(RunAggregation run, RunSettings settings, long elapsedNanos) {
        structureName = run.plan.structureName;
        scenario = run.plan.scenarioName;
        paths = run.paths;
        seed = settings.seed();
        steps = run.plan.steps;
        chartPoints = settings.chartPoints();
        chartSamplePaths = settings.chartSamplePaths();
        firstBlock = run.firstBlock;
        endBlock = run.endBlock;
        loss = run.loss;
        annualReturn = run.annualReturn;
        irr = run.irr;
        maxDrawdown = run.maxDrawdown;
        averageLife = run.averageLife;
        poolLoss = run.poolLoss;
        badDebt = run.badDebt;
        liquidationVolume = run.liquidationVolume;
        finalValue = run.finalValue;
        bridgeLoss = run.bridgeLoss;
        haltedSteps = run.haltedSteps;
        chartValues = run.chart.values();
        blockSums = run.keptBlocks();
        this.elapsedNanos = elapsedNanos;
    }

    /** The first block of the range. */
    public int firstBlock() {
        return firstBlock;
    }

    /** One past the last block of the range. */
    public int endBlock() {
        return endBlock;
    }
}

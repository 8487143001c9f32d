package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

/**
 * The chart sample of a whole run of a structure (its file's paths, one thread), kept aside, for
 * benchmarks of the fans' selection: each selection gets a fresh copy of a point's values, since
 * selecting may reorder them.
 */
final class ChartSampleValues {

    /** One selection of a point's five quantiles: {@link Quantiles#selectFan} or one of its ways. */
    interface FanSelection {
        void select(float[] values, int n, double[] out);
    }

    /** The whole run the sample was taken from (its plan and settings serve further set-ups). */
    final RunAggregation run;
    final RunSettings settings;
    private final float[][][] kept;
    private final float[][][] work;
    private final int samplePaths;
    private final double[] out = new double[5];

    ChartSampleValues(Structure structure) {
        settings = RunSettings.of(structure).withThreads(1);
        run = new RunAggregation(new SimulationPlan(structure, Scenario.BASE), settings);
        BlockSimulator blocks = new BlockSimulator(run.plan, settings.seed(), BlockSimulator.LANES);
        RunAggregation.Collector collecting = run.newCollector();
        for (int b = 0; b < run.blocks; b++) {
            run.runBlock(b, blocks, collecting, () -> false);
        }
        kept = run.chart.values();
        samplePaths = Math.min(settings.paths(), settings.chartSamplePaths());
        work = new float[kept.length][][];
        for (int s = 0; s < kept.length; s++) {
            work[s] = new float[kept[s].length][];
            for (int g = 0; g < kept[s].length; g++) {
                work[s][g] = kept[s][g].clone();
            }
        }
    }

    /** Every point of every fan selected once; returns a sum of medians, so that nothing is optimized away. */
    double fans(FanSelection selection) {
        double sum = 0;
        for (int s = 0; s < kept.length; s++) {
            for (int g = 0; g < kept[s].length; g++) {
                System.arraycopy(kept[s][g], 0, work[s][g], 0, samplePaths);
                selection.select(work[s][g], samplePaths, out);
                sum += out[2];
            }
        }
        return sum;
    }
}

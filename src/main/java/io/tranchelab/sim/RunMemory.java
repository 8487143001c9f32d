package io.tranchelab.sim;

import java.util.Locale;

/**
 * Estimates the heap a run needs before it starts, so that a run too big for the machine is
 * refused with the numbers rather than ending in an OutOfMemoryError half-way.
 */
final class RunMemory {

    /** Share of the maximum heap a run may plan to use; the rest is for the application. */
    static final double USABLE_SHARE = 0.8;

    private RunMemory() {
    }

    static long estimateBytes(SimulationPlan plan, RunSettings settings, int workers) {
        long paths = settings.paths();
        int tranches = plan.trancheCount;
        // per path: loss, return, drawdown, WAL per tranche and four pool figures, plus the
        // sorted copies made while the metrics are computed
        long perPath = 8L * (4L * tranches + 4) + 8L * 3;
        long chartPaths = Math.min(paths, settings.chartSamplePaths());
        long chartPoints = Math.min(plan.steps + 1L, Math.max(2, settings.chartPoints()));
        long series = 1 + 2L * tranches + (plan.hasLoans() ? 1 : 0)
                + (ChartSample.largestPeggedHolding(plan) >= 0 ? 1 : 0);
        long chart = 4L * series * chartPoints * chartPaths;
        long blockSums = 8L * (RunAggregation.FIRST_COUPON + tranches) * plan.steps * (workers + 1L);
        long perWorker = 8L * (plan.steps + 1L) * plan.assetCount + 64L * 1024;
        return perPath * paths + chart + blockSums + perWorker * workers;
    }

    /** Throws with the figures when the run would not fit in the heap this JVM may use. */
    static void check(SimulationPlan plan, RunSettings settings, int workers) {
        long need = estimateBytes(plan, settings, workers);
        long max = Runtime.getRuntime().maxMemory();
        if (need > USABLE_SHARE * max) {
            long perPath = Math.max(1, need / settings.paths());
            long fit = (long) (USABLE_SHARE * max) / perPath;
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%,d paths x %,d steps need about %s of memory; %s is available: use at most about %,d paths",
                    settings.paths(), plan.steps, size(need), size((long) (USABLE_SHARE * max)), fit));
        }
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30
                ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
    }
}

package io.tranchelab.sim;

import java.util.List;

/**
 * Everything a run produces (docs/model.md §8): metrics per tranche and for the pool,
 * mean waterfall series per step, percentile fans on the chart grid, and each tranche's
 * loss per path for histograms.
 *
 * @param trancheLosses per tranche, each path's principal loss as a fraction of its initial principal
 */
public record SimulationResult(
        String structureName,
        String scenario,
        int paths,
        int steps,
        double horizonYears,
        long seed,
        List<TrancheMetrics> tranches,
        PoolMetrics pool,
        WaterfallSeries waterfall,
        FanSeries fans,
        List<double[]> trancheLosses,
        long elapsedNanos) {
}

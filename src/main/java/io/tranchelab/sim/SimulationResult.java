package io.tranchelab.sim;

import java.util.List;

/**
 * Everything a run produces (docs/model.md §8): metrics per tranche and for the pool,
 * mean waterfall series per step, percentile fans on the chart grid, each tranche's loss per
 * path for histograms and, for a cross-chain pool, its bridge and chain figures.
 *
 * @param trancheLosses per tranche, each path's principal loss as a fraction of its initial principal
 * @param crossChain    what the pool's bridges and chain halts cost it (§8.14); {@link CrossChainMetrics#NONE}
 *                      for a pool on one chain
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
        long elapsedNanos,
        CrossChainMetrics crossChain) {

    public SimulationResult {
        crossChain = crossChain == null ? CrossChainMetrics.NONE : crossChain;
    }

    /** Without cross-chain figures: a pool on one chain (the result's shape before §8.14 was reported). */
    public SimulationResult(String structureName, String scenario, int paths, int steps, double horizonYears,
                            long seed, List<TrancheMetrics> tranches, PoolMetrics pool, WaterfallSeries waterfall,
                            FanSeries fans, List<double[]> trancheLosses, long elapsedNanos) {
        this(structureName, scenario, paths, steps, horizonYears, seed, tranches, pool, waterfall, fans,
                trancheLosses, elapsedNanos, CrossChainMetrics.NONE);
    }

    /** The same result with the pool's bridge and chain figures (docs/model.md §8.14). */
    public SimulationResult withCrossChain(CrossChainMetrics value) {
        return new SimulationResult(structureName, scenario, paths, steps, horizonYears, seed, tranches, pool,
                waterfall, fans, trancheLosses, elapsedNanos, value);
    }
}

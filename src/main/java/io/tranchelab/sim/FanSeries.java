package io.tranchelab.sim;

import java.util.List;

/**
 * Percentile fans on the chart grid ({@code times}, years, starting at 0). Tranche values
 * and drawdowns are per tranche, senior first. {@code loanHealth} is the pool's aggregate
 * loan-book health factor (LT x collateral value / debt), null when the pool has no loans.
 * {@code pegRatio} is the price / reference price of {@code pegAsset}, the pegged asset the pool
 * holds most of (by initial value), null when it holds none.
 */
public record FanSeries(
        double[] times,
        int samplePaths,
        Fan nav,
        List<Fan> trancheValues,
        List<Fan> trancheDrawdowns,
        Fan loanHealth,
        Fan pegRatio,
        String pegAsset) {

    /** Fans of a pool holding no pegged asset. */
    public FanSeries(double[] times, int samplePaths, Fan nav, List<Fan> trancheValues, List<Fan> trancheDrawdowns,
                     Fan loanHealth) {
        this(times, samplePaths, nav, trancheValues, trancheDrawdowns, loanHealth, null, null);
    }
}

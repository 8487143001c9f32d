package io.tranchelab.sim;

import java.util.List;

/**
 * Percentile fans on the chart grid ({@code times}, years, starting at 0), in USD. Per
 * tranche, senior first:
 * <ul>
 * <li>{@code trancheValues}: total value, the tranche's mark plus the cash it has received to
 * date (coupons, principal, equity distributions; docs/model.md §8.6), so a paydown is not a loss.
 * At the horizon, after the final distribution, it is all the cash received.</li>
 * <li>{@code trancheDrawdowns}: the drawdown of that same total value from its running peak
 * (a fraction, 0 to 1), per path, then percentiles across paths.</li>
 * <li>{@code trancheOutstanding}: principal outstanding (initial principal minus principal
 * paid back), before the final repayment.</li>
 * </ul>
 * {@code loanHealth} is the pool's aggregate loan-book health factor (LT x collateral value /
 * debt), null when the pool has no loans.
 * {@code pegRatio} is the price / reference price of {@code pegAsset}, the pegged asset the pool
 * holds most of (by initial value), null when it holds none.
 */
public record FanSeries(
        double[] times,
        int samplePaths,
        Fan nav,
        List<Fan> trancheValues,
        List<Fan> trancheDrawdowns,
        List<Fan> trancheOutstanding,
        Fan loanHealth,
        Fan pegRatio,
        String pegAsset) {

    /** Fans of a pool holding no pegged asset. */
    public FanSeries(double[] times, int samplePaths, Fan nav, List<Fan> trancheValues, List<Fan> trancheDrawdowns,
                     List<Fan> trancheOutstanding, Fan loanHealth) {
        this(times, samplePaths, nav, trancheValues, trancheDrawdowns, trancheOutstanding, loanHealth, null, null);
    }
}

package io.tranchelab.sim;

import java.util.List;

/**
 * Percentile fans on the chart grid ({@code times}, years, starting at 0), in USD. Per
 * tranche, senior first:
 * <ul>
 * <li>{@code trancheValues}: total value, the tranche's mark plus the cash it has received to
 * date (coupons, principal, equity distributions; MODEL.md 4), so a paydown is not a loss.
 * At the horizon, after the final distribution, it is all the cash received.</li>
 * <li>{@code trancheDrawdowns}: the drawdown of that same total value from its running peak
 * (a fraction, 0 to 1), per path, then percentiles across paths.</li>
 * <li>{@code trancheOutstanding}: principal outstanding (initial principal minus principal
 * paid back), before the final repayment.</li>
 * </ul>
 * {@code loanHealth} is the pool's aggregate loan-book health factor (LT x collateral value /
 * debt), null when the pool has no loans.
 */
public record FanSeries(
        double[] times,
        int samplePaths,
        Fan nav,
        List<Fan> trancheValues,
        List<Fan> trancheDrawdowns,
        List<Fan> trancheOutstanding,
        Fan loanHealth) {
}

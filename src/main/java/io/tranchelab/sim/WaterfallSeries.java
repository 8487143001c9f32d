package io.tranchelab.sim;

/**
 * Mean per step over all paths, at full step resolution: where each step's cash went, and
 * what was lost. Index s is step s + 1, ending at {@code times[s]} years.
 *
 * @param coupons     per non-equity tranche (senior first), the mean coupon paid
 * @param principal   per tranche, the mean principal paid back (turbo paydowns, and the final distribution in the last step)
 * @param losses      mean realized pool losses (bad debt, loss events, credit losses)
 */
public record WaterfallSeries(
        double[] times,
        double[] fees,
        double[][] coupons,
        double[] reserveTopUp,
        double[] reserveDraw,
        double[] turbo,
        double[] equity,
        double[][] principal,
        double[] losses,
        double[] liquidationVolume,
        double[] badDebt) {
}

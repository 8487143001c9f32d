package io.tranchelab.sim;

/**
 * Means over all paths at full step resolution: where each step's cash went, and what was
 * lost (docs/model.md §8.10). Index s is step s + 1, ending at {@code times[s]} years. The final distribution at
 * the horizon is kept apart ({@code final...}) so that it does not dwarf the periodic flows.
 *
 * @param coupons      [tranche][step], senior first; the equity row is zero
 * @param turbo        senior principal paid down while the OC trigger was breached
 * @param losses       realized pool losses: bad debt, loss events, credit losses
 * @param finalCoupon  per tranche, mean carried coupon paid at the horizon
 * @param finalPrincipal per tranche, mean principal paid at the horizon (equity: its residual)
 * @param defaultedPrincipal credit lines' principal defaulting in the step (null: no credit lines)
 * @param creditLosses the part of it lost (defaulted x loss given default; null: no credit lines)
 * @param hedgeExpense the hedge expense (premiums, funding paid) the step's income paid before the
 *                     fees (§5.6): {@code income} is what was left; null: no hedges
 */
public record WaterfallSeries(
        double[] times,
        double[] income,
        double[] fees,
        double[][] coupons,
        double[] reserveTopUp,
        double[] reserveDraw,
        double[] turbo,
        double[] equity,
        double[] losses,
        double[] liquidationVolume,
        double[] badDebt,
        double[] finalCoupon,
        double[] finalPrincipal,
        double[] defaultedPrincipal,
        double[] creditLosses,
        double[] hedgeExpense) {

    /** Series of a pool without hedges. */
    public WaterfallSeries(double[] times, double[] income, double[] fees, double[][] coupons, double[] reserveTopUp,
                           double[] reserveDraw, double[] turbo, double[] equity, double[] losses,
                           double[] liquidationVolume, double[] badDebt, double[] finalCoupon,
                           double[] finalPrincipal, double[] defaultedPrincipal, double[] creditLosses) {
        this(times, income, fees, coupons, reserveTopUp, reserveDraw, turbo, equity, losses, liquidationVolume,
                badDebt, finalCoupon, finalPrincipal, defaultedPrincipal, creditLosses, null);
    }

    /** Series of a pool without credit lines. */
    public WaterfallSeries(double[] times, double[] income, double[] fees, double[][] coupons, double[] reserveTopUp,
                           double[] reserveDraw, double[] turbo, double[] equity, double[] losses,
                           double[] liquidationVolume, double[] badDebt, double[] finalCoupon,
                           double[] finalPrincipal) {
        this(times, income, fees, coupons, reserveTopUp, reserveDraw, turbo, equity, losses, liquidationVolume,
                badDebt, finalCoupon, finalPrincipal, null, null, null);
    }
}

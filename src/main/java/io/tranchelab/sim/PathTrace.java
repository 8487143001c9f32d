package io.tranchelab.sim;

/**
 * Every cash flow of one simulated path, step by step, for hand checks, the conservation
 * invariant and "show me one path" views (docs/model.md §8.13, §10). Index s is step s + 1. Money in USD.
 *
 * <p>Sources of cash: {@code initialCash}, {@code income}, {@code principalCash} (repaid and
 * recovered principal) and {@code liquidationProceeds}. Uses: {@code fees}, {@code coupons},
 * {@code turbo}, {@code equity}, principal paid out ({@code principalPaidOut}) and principal
 * cash reinvested in a position ({@code reinvested}, sold again in the liquidation), and the
 * final distribution ({@code finalCoupon} plus {@code finalPrincipal}, plus {@code finalFees}). Reserve top-ups and draws move cash between
 * the pool's own accounts and are neither.
 *
 * @param coupons        [tranche][step], coupon paid (from income or the reserve); equity's row is zero
 * @param turbo          senior principal paid down by the OC trigger
 * @param nav            pool NAV after the step's waterfall (docs/model.md §6.2)
 * @param trancheValues  [tranche][step], sequential share of NAV
 * @param finalCoupon    per tranche, carried coupon paid in the final distribution
 * @param finalPrincipal per tranche, principal paid in the final distribution (equity: its whole residual)
 * @param loss           per tranche, principal outstanding at the horizon minus principal received back (at least 0)
 * @param prices         [asset][step], each asset's price at the end of the step, assets in the structure's order
 * @param principalPaidOut [tranche][step], principal cash paid to the tranche under the reinvestment rule PAY_OUT
 *                       (docs/model.md §7.10); zero under the other rules
 * @param reinvested     [step], principal cash that bought a yield position under the rule POSITION (§7.6)
 */
public record PathTrace(
        double initialCash,
        double[] times,
        double[] income,
        double[] principalCash,
        double[] fees,
        double[][] coupons,
        double[] reserveTopUp,
        double[] reserveDraw,
        double[] turbo,
        double[] equity,
        double[] losses,
        double[] badDebt,
        double[] liquidationVolume,
        double[] nav,
        double[][] trancheValues,
        boolean[] ocBreached,
        double liquidationProceeds,
        double finalCash,
        double finalReserve,
        double finalFees,
        double[] finalCoupon,
        double[] finalPrincipal,
        double[] loss,
        double[][] prices,
        double[][] principalPaidOut,
        double[] reinvested) {

    /** A trace without reinvestment (nothing paid out or reinvested): the arity before it. */
    public PathTrace(double initialCash, double[] times, double[] income, double[] principalCash, double[] fees,
            double[][] coupons, double[] reserveTopUp, double[] reserveDraw, double[] turbo, double[] equity,
            double[] losses, double[] badDebt, double[] liquidationVolume, double[] nav, double[][] trancheValues,
            boolean[] ocBreached, double liquidationProceeds, double finalCash, double finalReserve, double finalFees,
            double[] finalCoupon, double[] finalPrincipal, double[] loss, double[][] prices) {
        this(initialCash, times, income, principalCash, fees, coupons, reserveTopUp, reserveDraw, turbo, equity,
                losses, badDebt, liquidationVolume, nav, trancheValues, ocBreached, liquidationProceeds, finalCash,
                finalReserve, finalFees, finalCoupon, finalPrincipal, loss, prices,
                new double[coupons.length][times.length], new double[times.length]);
    }

    public double totalSources() {
        return initialCash + sum(income) + sum(principalCash) + liquidationProceeds;
    }

    public double totalUses() {
        double uses = sum(fees) + sum(turbo) + sum(equity) + finalFees + sum(finalCoupon) + sum(finalPrincipal);
        for (double[] row : coupons) {
            uses += sum(row);
        }
        for (double[] row : principalPaidOut) {
            uses += sum(row);
        }
        uses += sum(reinvested);
        return uses;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}

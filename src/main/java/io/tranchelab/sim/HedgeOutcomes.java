package io.tranchelab.sim;

/**
 * The hedging overlay's flows on each path of a run (docs/model.md §8.15), in USD, by
 * path index: what the hedge cost, what it paid, and how far the hedged asset fell. Arrays are
 * owned by this record; do not modify them.
 *
 * @param asset           the first hedge's asset, whose fall {@link #assetFall} measures
 * @param initialValue    the pool's initial value {@code V0}
 * @param premium         premiums of the puts bought over the path
 * @param putPayoff       what the puts paid at their expiries
 * @param perpPnl         the shorts' P&L over the path (what their margin accounts accrued)
 * @param fundingReceived funding the shorts received (income of the pool)
 * @param fundingPaid     funding the shorts paid (a hedge expense)
 * @param expensePaid     hedge expense (premiums and funding paid) the waterfall paid, in the steps and at the horizon
 * @param expenseUnpaid   hedge expense still owed after the final distribution (the pool had nothing left)
 * @param assetFall       {@code 1 - P_T / P_0} of {@link #asset}: positive when it fell
 */
public record HedgeOutcomes(String asset, double initialValue, double[] premium, double[] putPayoff, double[] perpPnl,
                            double[] fundingReceived, double[] fundingPaid, double[] expensePaid,
                            double[] expenseUnpaid, double[] assetFall) {

    public int paths() {
        return premium.length;
    }

    /** The hedge's P&L on path {@code i}: put payoffs + the shorts' P&L + net funding - premiums. */
    public double hedgePnl(int i) {
        return putPayoff[i] + perpPnl[i] + fundingReceived[i] - fundingPaid[i] - premium[i];
    }

    /** The hedge's cost on path {@code i}: premiums and funding paid, less funding received. */
    public double cost(int i) {
        return premium[i] + fundingPaid[i] - fundingReceived[i];
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    public double meanHedgePnl() {
        double sum = 0;
        for (int i = 0; i < paths(); i++) {
            sum += hedgePnl(i);
        }
        return paths() == 0 ? 0 : sum / paths();
    }

    public double meanCost() {
        double sum = 0;
        for (int i = 0; i < paths(); i++) {
            sum += cost(i);
        }
        return paths() == 0 ? 0 : sum / paths();
    }
}

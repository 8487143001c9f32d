package io.tranchelab.sim;

/** The horizon of each path of a block (index: lane): the final liquidation and distribution (docs/model.md §7.7). */
final class FinalFlows {

    final double[] liquidationProceeds;
    final double[] cash;
    final double[] reserve;
    final double[] fees;
    /** [tranche][lane] */
    final double[][] coupon;
    final double[][] principal;
    final double[][] loss;
    /** Bad debt recognised at the horizon (underwater loans), also in the last step's losses. */
    final double[] badDebt;
    /** Hedging overlay (§5.6): the margin accounts settled (negative: paid to the exchange) and the carried hedge expense paid. */
    final double[] hedgeSettlement;
    final double[] hedgeExpensePaid;
    /** Hedge expense still owed after the final distribution: what the pool could not pay. */
    final double[] hedgeExpenseOwed;

    FinalFlows(int tranches, int lanes) {
        liquidationProceeds = new double[lanes];
        cash = new double[lanes];
        reserve = new double[lanes];
        fees = new double[lanes];
        coupon = new double[tranches][lanes];
        principal = new double[tranches][lanes];
        loss = new double[tranches][lanes];
        badDebt = new double[lanes];
        hedgeSettlement = new double[lanes];
        hedgeExpensePaid = new double[lanes];
        hedgeExpenseOwed = new double[lanes];
    }
}

package io.tranchelab.sim;

/** The horizon of one path: the final liquidation and distribution (docs/model.md §7.7). */
final class FinalFlows {

    double liquidationProceeds;
    double cash;
    double reserve;
    double fees;
    final double[] coupon;
    final double[] principal;
    final double[] loss;
    /** Bad debt recognised at the horizon (underwater loans), also in the last step's losses. */
    double badDebt;

    FinalFlows(int tranches) {
        coupon = new double[tranches];
        principal = new double[tranches];
        loss = new double[tranches];
    }

    void clear() {
        liquidationProceeds = 0;
        cash = 0;
        reserve = 0;
        fees = 0;
        java.util.Arrays.fill(coupon, 0);
        java.util.Arrays.fill(principal, 0);
        java.util.Arrays.fill(loss, 0);
        badDebt = 0;
    }
}

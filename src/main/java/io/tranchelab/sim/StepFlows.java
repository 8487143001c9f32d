package io.tranchelab.sim;

/**
 * What happened in one step of one path: the positions' cash and losses, the waterfall's
 * payments, and the marks after it. One instance per path simulator, cleared every step,
 * read by a {@link PathObserver} before the next step. The order of a step: docs/model.md §6.1.
 */
final class StepFlows {

    double income;
    double principalCash;
    double losses;
    double badDebt;
    double liquidationVolume;
    /** Credit lines only: principal of the lines that defaulted this step, and the part of it lost. */
    double defaultedPrincipal;
    double creditLosses;

    double navAtMark;
    boolean ocBreached;
    double fees;
    final double[] coupons;
    final double[] principalPaid;
    double reserveTopUp;
    double reserveDraw;
    double turbo;
    double equity;

    double nav;
    final double[] trancheValues;
    /** Every asset's price in this step, in the structure's order (a view of the market's row: read only). */
    double[] prices;
    /** Aggregate loan health LT x collateral value / debt; NaN when no loan is outstanding. */
    double loanHealth;

    StepFlows(int tranches) {
        coupons = new double[tranches];
        principalPaid = new double[tranches];
        trancheValues = new double[tranches];
    }

    void clear() {
        income = 0;
        principalCash = 0;
        losses = 0;
        badDebt = 0;
        liquidationVolume = 0;
        defaultedPrincipal = 0;
        creditLosses = 0;
        navAtMark = 0;
        ocBreached = false;
        fees = 0;
        java.util.Arrays.fill(coupons, 0);
        java.util.Arrays.fill(principalPaid, 0);
        reserveTopUp = 0;
        reserveDraw = 0;
        turbo = 0;
        equity = 0;
        nav = 0;
        java.util.Arrays.fill(trancheValues, 0);
        loanHealth = Double.NaN;
    }
}

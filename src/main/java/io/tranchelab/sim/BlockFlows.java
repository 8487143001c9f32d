package io.tranchelab.sim;

import java.util.Arrays;

/**
 * What happened in one step to each path of a block (index: the path's lane in the block): the
 * positions' cash and losses, the waterfall's payments, and the marks after it. Cleared every
 * step, read by a {@link BlockObserver} before the next step. The order of a step: docs/model.md §6.1.
 */
final class BlockFlows {

    final double[] income;
    final double[] principalCash;
    final double[] losses;
    final double[] badDebt;
    final double[] liquidationVolume;
    /** Credit lines only: principal of the lines that defaulted this step, and the part of it lost. */
    final double[] defaultedPrincipal;
    final double[] creditLosses;
    /** Cross-chain pools: the part of {@link #losses} that bridge exploits destroyed (docs/model.md §5.5). */
    final double[] bridgeLosses;
    /** Cross-chain pools: [bridge][lane] the step's loss to each bridge's exploits, [chain][lane] whether each chain is halted. */
    double[][] lossByBridge = new double[0][];
    boolean[][] haltedByChain = new boolean[0][];

    final double[] navAtMark;
    final boolean[] ocBreached;
    final double[] fees;
    /** [tranche][lane] */
    final double[][] coupons;
    final double[][] principalPaid;
    final double[] reserveTopUp;
    final double[] reserveDraw;
    final double[] turbo;
    final double[] equity;
    /** Principal cash that bought a yield position this step (the reinvestment rule POSITION, docs/model.md §7.6). */
    final double[] reinvested;

    final double[] nav;
    /** [tranche][lane] */
    final double[][] trancheValues;
    /** [asset][lane]: every asset's price in this step (the market's row: read only). */
    double[][] prices;
    /** Aggregate loan health LT x collateral value / debt; NaN when not computed or no loan is outstanding. */
    final double[] loanHealth;
    /**
     * Hedging overlay (docs/model.md §5.6), written only when the plan has hedges: premiums bought,
     * put payoffs (also in {@link #principalCash}), the shorts' P&L and funding received (negative:
     * paid), the expense due this step and the expense paid from income.
     */
    final double[] hedgePremium;
    final double[] hedgePayoff;
    final double[] hedgePnl;
    final double[] hedgeFunding;
    final double[] hedgeExpenseDue;
    final double[] hedgeExpensePaid;

    BlockFlows(int tranches, int lanes) {
        income = new double[lanes];
        principalCash = new double[lanes];
        losses = new double[lanes];
        badDebt = new double[lanes];
        liquidationVolume = new double[lanes];
        defaultedPrincipal = new double[lanes];
        creditLosses = new double[lanes];
        bridgeLosses = new double[lanes];
        navAtMark = new double[lanes];
        ocBreached = new boolean[lanes];
        fees = new double[lanes];
        coupons = new double[tranches][lanes];
        principalPaid = new double[tranches][lanes];
        reserveTopUp = new double[lanes];
        reserveDraw = new double[lanes];
        turbo = new double[lanes];
        equity = new double[lanes];
        reinvested = new double[lanes];
        nav = new double[lanes];
        trancheValues = new double[tranches][lanes];
        loanHealth = new double[lanes];
        hedgePremium = new double[lanes];
        hedgePayoff = new double[lanes];
        hedgePnl = new double[lanes];
        hedgeFunding = new double[lanes];
        hedgeExpenseDue = new double[lanes];
        hedgeExpensePaid = new double[lanes];
    }

    void clear() {
        Arrays.fill(income, 0);
        Arrays.fill(principalCash, 0);
        Arrays.fill(losses, 0);
        Arrays.fill(badDebt, 0);
        Arrays.fill(liquidationVolume, 0);
        Arrays.fill(defaultedPrincipal, 0);
        Arrays.fill(creditLosses, 0);
        Arrays.fill(bridgeLosses, 0);
        Arrays.fill(fees, 0);
        for (int t = 0; t < coupons.length; t++) {
            Arrays.fill(coupons[t], 0);
            Arrays.fill(principalPaid[t], 0);
        }
        Arrays.fill(reserveTopUp, 0);
        Arrays.fill(reserveDraw, 0);
        Arrays.fill(turbo, 0);
        Arrays.fill(equity, 0);
        Arrays.fill(reinvested, 0);
        Arrays.fill(loanHealth, Double.NaN);
        // navAtMark, ocBreached, nav and trancheValues are written for every lane every step
    }
}

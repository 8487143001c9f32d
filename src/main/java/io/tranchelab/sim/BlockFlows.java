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
    /**
     * Aggregate loan health LT x collateral value / debt; NaN when not computed or no loan is
     * outstanding. Computed in a step for the lanes charted in it only ({@link BlockObserver#chartDetailLanes}).
     */
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

    /**
     * The arrays {@link #clear} zeroes: those some part of the step adds into, or writes on some
     * paths only. The others are either written on every path every step before anything reads
     * them, or never written by the plan's parts and so zero since they were made.
     */
    private final double[][] clearedEachStep;

    /** Flows whose every array is cleared each step, whatever writes it (tests that drive the rules by hand). */
    BlockFlows(int tranches, int lanes) {
        this(tranches, lanes, null);
    }

    /** Flows for the plan's steps: {@link #clear} zeroes only what the plan's parts can leave behind. */
    BlockFlows(SimulationPlan plan, int lanes) {
        this(plan.trancheCount, lanes, plan);
    }

    private BlockFlows(int tranches, int lanes, SimulationPlan plan) {
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
        Arrays.fill(loanHealth, Double.NaN);
        clearedEachStep = plan == null ? everyClearedArray() : clearedFor(plan);
    }

    private double[][] everyClearedArray() {
        java.util.List<double[]> all = new java.util.ArrayList<>(java.util.List.of(income, principalCash, losses, badDebt,
                liquidationVolume, defaultedPrincipal, creditLosses, bridgeLosses, fees, reserveTopUp, reserveDraw, turbo,
                equity, reinvested));
        all.addAll(java.util.List.of(coupons));
        all.addAll(java.util.List.of(principalPaid));
        return all.toArray(double[][]::new);
    }

    /**
     * What the plan's parts add into or write on some paths only (docs/model.md §6.1): the
     * positions' flows when the plan has such positions, and the waterfall's accumulators. The
     * sequential rules write the fees, the coupons of the tranches with one and the equity's
     * share on every path every step ({@link Waterfall#distributeSequentially}); the reserve
     * top-up they skip, and the turbo and the senior's principal paid they add, only where the OC
     * test is on; the reserve draw they add into. Every other kind is cleared in full, as its
     * rules add into what they pay.
     */
    private double[][] clearedFor(SimulationPlan plan) {
        boolean books = plan.hasLoans();
        boolean credit = !plan.creditLines.isEmpty();
        boolean yields = !plan.yields.isEmpty();
        boolean hedges = plan.hasHedges();
        boolean chains = plan.crossChain != null;
        boolean sequential = plan.waterfallKind instanceof io.tranchelab.model.WaterfallKind.Sequential;
        boolean ocTest = plan.ocThreshold > 0;
        io.tranchelab.model.Reinvestment.Rule rule = plan.reinvestment.rule();
        boolean payOut = !plan.reinvestment.isNone() && rule == io.tranchelab.model.Reinvestment.Rule.PAY_OUT;
        boolean buys = !plan.reinvestment.isNone() && rule == io.tranchelab.model.Reinvestment.Rule.POSITION;
        if (!sequential) {
            return everyClearedArray();
        }
        java.util.List<double[]> cleared = new java.util.ArrayList<>();
        cleared.add(income); // every part may pay income, the cash account's interest too (§7.6)
        if (books || credit || hedges) {
            cleared.add(principalCash);
        }
        if (books || credit || yields || chains) {
            cleared.add(losses);
        }
        if (books) {
            cleared.add(badDebt);
            cleared.add(liquidationVolume);
        }
        if (credit) {
            cleared.add(defaultedPrincipal);
            cleared.add(creditLosses);
        }
        if (chains) {
            cleared.add(bridgeLosses);
        }
        if (buys) {
            cleared.add(reinvested);
        }
        cleared.add(reserveDraw);
        if (ocTest) {
            cleared.add(reserveTopUp);
            cleared.add(turbo);
        }
        if (payOut) {
            cleared.addAll(java.util.List.of(principalPaid));
        } else if (ocTest) {
            cleared.add(principalPaid[0]);
        }
        return cleared.toArray(double[][]::new);
    }

    /**
     * Zeroes what a step adds into before the step starts. {@link #loanHealth} is not here: the
     * step writes it on the lanes charted in the step ({@link BlockSimulator}), the only ones
     * read; navAtMark, ocBreached, nav and trancheValues are written for every lane every step.
     */
    void clear() {
        for (double[] array : clearedEachStep) {
            Arrays.fill(array, 0);
        }
    }
}

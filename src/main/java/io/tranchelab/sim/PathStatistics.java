package io.tranchelab.sim;

/**
 * Follows each path of a block through its steps to the per-path figures of docs/model.md
 * §8.5-§8.7: each tranche's cash received (for the return), principal repaid and when (for the
 * WAL), and the maximum drawdown of its total value (its mark plus cash received so far).
 * Arrays are {@code [tranche][lane]} or {@code [lane]}, so each update is a loop over the block.
 */
final class PathStatistics {

    private final SimulationPlan plan;
    private final int lanes;
    final double[][] received;
    final double[][] principalRepaid;
    final double[][] principalTimeWeighted;
    final double[][] peak;
    final double[][] maxDrawdown;
    final double[][] drawdown;
    final double[] losses;
    final double[] badDebt;
    final double[] liquidationVolume;
    /**
     * [(tranche x lanes + lane) x dates + position]: the cash each tranche received on each path, by
     * date, for its IRR (docs/model.md §8.5), each path's dates together, the latest date first
     * (position dates - 1 - date): the order in which the IRR's Horner sum takes a path's flows when
     * its rate is at least 0, so the solver reads each path's flows where they are (Irr). A step
     * writes one position of each path's run; the eight positions of a cache line are written by
     * eight steps in a row, so the lines a step writes stay in the cache. One array rather than one
     * per path: a step's store then needs no load of the path's array and its length first (issue
     * 13, sixth pass).
     */
    final double[] dated;
    /** Solves the block's IRRs, all tranches together, and [tranche] the flow vectors it solved before. */
    private final Irr irr;
    private final SolvedFlows[] solved;
    /** Steps per date, dates on a path, the first date and the spacing of dates in years. */
    private final int stepsPerDate;
    private final int dates;
    private final double firstDate;
    private final double dateSpacing;

    PathStatistics(SimulationPlan plan, int lanes) {
        this.plan = plan;
        this.lanes = lanes;
        int n = plan.trancheCount;
        received = new double[n][lanes];
        principalRepaid = new double[n][lanes];
        principalTimeWeighted = new double[n][lanes];
        peak = new double[n][lanes];
        maxDrawdown = new double[n][lanes];
        drawdown = new double[n][lanes];
        losses = new double[lanes];
        badDebt = new double[lanes];
        liquidationVolume = new double[lanes];
        stepsPerDate = stepsPerDate(plan.steps, n);
        dates = (plan.steps + stepsPerDate - 1) / stepsPerDate;
        firstDate = (plan.steps - (dates - 1) * stepsPerDate) * plan.dt;
        dateSpacing = stepsPerDate * plan.dt;
        dated = takeDated(n, dates, lanes);
        Irr kept = IRR_SPARE.take(any -> true);
        irr = kept != null ? kept : new Irr();
        solved = new SolvedFlows[n];
        for (int t = 0; t < n; t++) {
            solved[t] = new SolvedFlows();
        }
    }

    /**
     * The dated cash of finished workers, for the next ones ({@link Spare}): 2.2 MB a worker
     * on the lending book, up to 17 MB at the most dated flows. No clearing needed: each date's
     * first step writes its position before anything reads it (recordDated).
     */
    static final Spare<double[]> DATED_SPARE = new Spare<>(4);

    private static double[] takeDated(int tranches, int dates, int lanes) {
        int length = tranches * lanes * dates;
        double[] spare = DATED_SPARE.take(d -> d.length == length);
        return spare != null ? spare : new double[length];
    }

    /**
     * The IRR solvers of finished workers, for the next ones: a solver's scratch arrays, the copies
     * of the flows in date order above all, grow to what a group needs (on the lending book a new
     * solver allocated 1.1 MB a run, in doublings) and are then written before they are read in
     * every later group, so a solver serves any later group, of any run, as it serves its own next.
     */
    static final Spare<Irr> IRR_SPARE = new Spare<>(4);

    /** Hands this block's dated cash array and IRR solver on to a later worker: call once this object is used no more. */
    void recycle() {
        DATED_SPARE.giveBack(dated);
        IRR_SPARE.giveBack(irr);
    }

    /** Drops the kept arrays and solvers (RunMemory, for a run that needs the memory). */
    static void clearSpare() {
        DATED_SPARE.clear();
        IRR_SPARE.clear();
    }

    /** At most this many dated flows per path across its tranches: a group's 256 lanes of them stay under 17 MB. */
    static final int MAX_DATED_FLOWS = 8192;

    /**
     * Steps whose cash shares one date: 1 (every step its own date, the IRR exact) unless the path's
     * steps times its tranches exceed {@link #MAX_DATED_FLOWS}; then groups of steps counted back from
     * the horizon, each group's cash dated at its last step (so no cash is dated earlier than it came).
     */
    static int stepsPerDate(int steps, int tranches) {
        return Math.max(1, (int) Math.ceil((double) steps * tranches / MAX_DATED_FLOWS));
    }

    void reset() {
        for (int t = 0; t < plan.trancheCount; t++) {
            java.util.Arrays.fill(received[t], 0);
            java.util.Arrays.fill(principalRepaid[t], 0);
            java.util.Arrays.fill(principalTimeWeighted[t], 0);
            java.util.Arrays.fill(peak[t], plan.tranchePrincipal[t]);
            java.util.Arrays.fill(maxDrawdown[t], 0);
            java.util.Arrays.fill(drawdown[t], 0);
        }
        java.util.Arrays.fill(losses, 0);
        java.util.Arrays.fill(badDebt, 0);
        java.util.Arrays.fill(liquidationVolume, 0);
        // dated needs no clearing: each date's first step writes its row (recordDated)
    }

    void step(int step, BlockFlows flows) {
        double time = step * plan.dt;
        int equity = plan.trancheCount - 1;
        for (int t = 0; t < plan.trancheCount; t++) {
            double[] got = received[t];
            double[] repaid = principalRepaid[t];
            double[] weighted = principalTimeWeighted[t];
            double[] coupons = flows.coupons[t];
            double[] paid = flows.principalPaid[t];
            for (int l = 0; l < lanes; l++) {
                got[l] += coupons[l] + paid[l];
                repaid[l] += paid[l];
                weighted[l] += paid[l] * time;
            }
        }
        double[] equityReceived = received[equity];
        for (int l = 0; l < lanes; l++) {
            equityReceived[l] += flows.equity[l];
        }
        for (int t = 0; t < plan.trancheCount; t++) {
            double[] got = received[t];
            double[] mark = flows.trancheValues[t];
            for (int l = 0; l < lanes; l++) {
                trackDrawdown(t, l, mark[l] + got[l]);
            }
        }
        for (int l = 0; l < lanes; l++) {
            losses[l] += flows.losses[l];
            badDebt[l] += flows.badDebt[l];
            liquidationVolume[l] += flows.liquidationVolume[l];
        }
        recordDated(step, flows);
    }

    /**
     * Adds the step's cash of each tranche to its date (the equity's distributions too). The first
     * step of a date writes its position rather than adding to it, so nothing is cleared between
     * blocks: a pass over the whole array less a block, which mostly missed the caches. Writing
     * {@code c} where {@code 0 + c} was added differs only when c is -0 (stored -0 rather than +0),
     * and the IRR cannot tell the zeros apart: -0 and +0 add, multiply by a positive factor and
     * compare alike in its sums ({@code IrrGoldenTest}).
     */
    private void recordDated(int step, BlockFlows flows) {
        int fromHorizon = plan.steps - step;
        int position = fromHorizon / stepsPerDate; // dates - 1 - the date
        boolean opensDate = step == 1 || (fromHorizon + 1) / stepsPerDate != fromHorizon / stepsPerDate;
        int equity = plan.trancheCount - 1;
        double[] dated = this.dated;
        for (int t = 0; t < equity; t++) {
            int first = t * lanes * dates + position; // lane l's position is at first + l x dates
            double[] coupons = flows.coupons[t];
            double[] paid = flows.principalPaid[t];
            if (opensDate) {
                for (int l = 0; l < lanes; l++) {
                    dated[first + l * dates] = coupons[l] + paid[l];
                }
            } else {
                for (int l = 0; l < lanes; l++) {
                    dated[first + l * dates] += coupons[l] + paid[l];
                }
            }
        }
        // the equity takes its distributions in the same pass: (c + p) + e, as two passes added them
        int first = equity * lanes * dates + position;
        double[] coupons = flows.coupons[equity];
        double[] paid = flows.principalPaid[equity];
        double[] distributed = flows.equity;
        if (opensDate) {
            for (int l = 0; l < lanes; l++) {
                dated[first + l * dates] = coupons[l] + paid[l] + distributed[l];
            }
        } else {
            for (int l = 0; l < lanes; l++) {
                int at = first + l * dates;
                dated[at] = dated[at] + (coupons[l] + paid[l]) + distributed[l];
            }
        }
    }

    void finish(FinalFlows flows) {
        for (int t = 0; t < plan.trancheCount; t++) {
            for (int l = 0; l < lanes; l++) {
                received[t][l] += flows.coupon[t][l] + flows.principal[t][l];
                principalRepaid[t][l] += flows.principal[t][l];
                principalTimeWeighted[t][l] += flows.principal[t][l] * plan.horizonYears;
                trackDrawdown(t, l, received[t][l]);
                // the last date: position 0
                dated[(t * lanes + l) * dates] += flows.coupon[t][l] + flows.principal[t][l];
            }
        }
    }

    private void trackDrawdown(int t, int l, double totalValue) {
        double top = Math.max(peak[t][l], totalValue);
        peak[t][l] = top;
        if (totalValue == top) { // a new peak (or the same): no drawdown, what the division below gives too
            drawdown[t][l] = 0;
            return;
        }
        double down = top > 0 ? (top - totalValue) / top : 0;
        drawdown[t][l] = down;
        maxDrawdown[t][l] = Math.max(maxDrawdown[t][l], down);
    }

    /** (cash received / initial principal)^(1/T) - 1: annualized, no reinvestment. */
    double annualizedReturn(int t, int l) {
        double multiple = received[t][l] / plan.tranchePrincipal[t];
        return multiple > 0 ? Math.pow(multiple, 1.0 / plan.horizonYears) - 1 : -1;
    }

    /**
     * Writes to {@code rates[t][l]} the annual IRR of tranche t's dated cash on each path of the
     * block (docs/model.md §8.5): -1 when it received nothing. The tranches are solved together (Irr).
     */
    void irr(double[][] rates) {
        irr.annual(plan.tranchePrincipal, dated, plan.trancheCount, lanes, dates, firstDate, dateSpacing, rates, solved);
    }

    /** Years to principal repayment weighted by principal repaid; the horizon when none is. */
    double weightedAverageLife(int t, int l) {
        return principalRepaid[t][l] > 0 ? principalTimeWeighted[t][l] / principalRepaid[t][l] : plan.horizonYears;
    }
}

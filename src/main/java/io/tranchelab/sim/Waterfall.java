package io.tranchelab.sim;

/**
 * The cash waterfall of each path of a block (docs/model.md §7): the accounts (cash, reserve),
 * what each tranche is owed, and the rules that pay it each step and at the horizon. The rules
 * are branchy, so they run path by path ({@code l}, the path's lane) over state kept as arrays
 * across the block.
 */
final class Waterfall {

    private final SimulationPlan plan;
    private final int equity;
    /** [tranche][lane] */
    final double[][] principal;
    final double[][] carriedCoupon;
    /** [lane] */
    final double[] carriedFees;
    final double[] cash;
    final double[] reserve;
    /** Whether this step's turbo paid enough to cure the OC test (set by {@link #turbo}). */
    private boolean ocCured;
    /** [lane] scratch of a step: income not yet paid out; whether the OC test traps it; whether mezzanines may draw the reserve. */
    private final double[] available;
    private final boolean[] trapping;
    private final boolean[] mayDrawReserve;
    /** [lane] scratch of {@link #payCoupons}: the lanes left short of a coupon that may draw the reserve. */
    private final int[] shortLanes;
    /** The rules of a kind other than sequential (docs/model.md §7.9); null: sequential. */
    private final KindRules kind;

    Waterfall(SimulationPlan plan, int lanes) {
        this.plan = plan;
        this.equity = plan.trancheCount - 1;
        principal = new double[plan.trancheCount][lanes];
        carriedCoupon = new double[plan.trancheCount][lanes];
        carriedFees = new double[lanes];
        cash = new double[lanes];
        reserve = new double[lanes];
        available = new double[lanes];
        trapping = new boolean[lanes];
        mayDrawReserve = new boolean[lanes];
        shortLanes = new int[lanes];
        kind = KindRules.of(plan, this, lanes); // waterfall kinds (§7.9)
    }

    void reset() {
        for (int t = 0; t < plan.trancheCount; t++) {
            java.util.Arrays.fill(principal[t], plan.tranchePrincipal[t]);
            java.util.Arrays.fill(carriedCoupon[t], 0);
        }
        java.util.Arrays.fill(carriedFees, 0);
        java.util.Arrays.fill(cash, plan.initialCash);
        java.util.Arrays.fill(reserve, 0);
        if (kind != null) {
            kind.reset(); // waterfall kinds (§7.9)
        }
    }

    /**
     * Distributes the step's income of the first {@code lanes} paths, in the order of docs/model.md
     * §7.2-§7.5, one part of the rules at a time over every path (each path's own numbers go
     * through the same operations, in the same order, as they would alone). {@code
     * flows.navAtMark} must hold the NAV at the step's mark before distribution: the fee base and
     * the OC test's numerator.
     */
    void distribute(int lanes, BlockFlows flows, double dt) {
        if (kind != null) {
            kind.distribute(lanes, flows, dt); // waterfall kinds (§7.9)
            return;
        }
        distributeSequentially(lanes, flows, dt);
    }

    /** The sequential rules of {@link #distribute}, which the pro-rata kind also runs before paying principal. */
    void distributeSequentially(int lanes, BlockFlows flows, double dt) {
        double[] available = this.available;
        double[] income = flows.income;
        double[] navAtMark = flows.navAtMark;
        double[] fees = flows.fees;
        double feeRate = plan.managementFee;
        for (int l = 0; l < lanes; l++) {
            double feeDue = carriedFees[l] + feeRate * navAtMark[l] * dt;
            double paid = Math.min(income[l], feeDue);
            fees[l] = paid;
            available[l] = income[l] - paid;
            carriedFees[l] = feeDue - paid;
        }
        double[] senior = principal[0];
        boolean anyBreach = testOvercollateralization(lanes, flows);
        payCoupons(0, lanes, flows, dt, null);
        if (anyBreach) {
            for (int l = 0; l < lanes; l++) {
                if (flows.ocBreached[l]) {
                    available[l] = turbo(l, available[l], flows);
                    // cured, or the senior repaid in full: the step goes on as usual
                    trapping[l] = !(ocCured || senior[l] <= 0);
                    // a step that opened in breach never draws the reserve below the senior, cured or not
                    mayDrawReserve[l] = senior[l] <= 0;
                } else {
                    trapping[l] = false;
                    mayDrawReserve[l] = true;
                }
            }
        }
        for (int t = 1; t < equity; t++) {
            payCoupons(t, lanes, flows, dt, anyBreach ? mayDrawReserve : null);
        }
        double target = plan.reserveTarget;
        if (anyBreach) {
            for (int l = 0; l < lanes; l++) {
                if (!trapping[l]) {
                    topUpReserve(l, target, flows);
                }
            }
        } else { // the common step: every path tops its reserve up, one loop without branches
            for (int l = 0; l < lanes; l++) {
                topUpReserve(l, target, flows);
            }
        }
        System.arraycopy(available, 0, flows.equity, 0, lanes);
    }

    /** Whether each path's OC test is breached at the mark (never when the test is off); returns whether any is. */
    private boolean testOvercollateralization(int lanes, BlockFlows flows) {
        double k = plan.ocThreshold;
        boolean[] breached = flows.ocBreached;
        if (!(k > 0)) {
            java.util.Arrays.fill(breached, 0, lanes, false);
            return false;
        }
        double[] senior = principal[0];
        double[] navAtMark = flows.navAtMark;
        boolean anyBreach = false;
        for (int l = 0; l < lanes; l++) {
            // & rather than &&: both sides are plain comparisons, and a loop without branches is cheaper
            breached[l] = senior[l] > 0 & navAtMark[l] < k * senior[l];
            anyBreach |= breached[l];
        }
        return anyBreach;
    }

    /** Tops lane {@code l}'s reserve up towards its target, a share of the senior outstanding, from what is available. */
    private void topUpReserve(int l, double target, BlockFlows flows) {
        double topUp = Math.min(available[l], Math.max(0, target * principal[0][l] - reserve[l]));
        flows.reserveTopUp[l] = topUp;
        reserve[l] += topUp;
        available[l] -= topUp;
    }

    /**
     * Pays tranche t's coupon due plus carried, path by path, from what each has available; a
     * shortfall draws on the reserve where allowed ({@code mayDrawReserve} null: everywhere).
     *
     * <p>In two passes, for speed. The first pays from income on every lane and has no branch
     * ({@code Math.min(double)} is a C2 intrinsic without one where the CPU has AVX, as here), so
     * nothing in it mispredicts and C2 may vectorize it. The reserve draw is a branch the lanes
     * take at random (16 % of the lending book's path-steps draw), which made the one loop
     * mispredict; the second pass lists the lanes left short without a branch and draws for
     * those only (one group's waterfall about 11 % cheaper, docs/performance.md, issue 13 third pass). Each lane gets the operations it got
     * in one loop, in the same order: its shortfall is {@code due - paid} before the draw, and the
     * draw then subtracts from it and adds to what was paid ({@code WaterfallLoopsTest}).
     *
     * <p>A lane whose reserve is exactly +0 is not listed: most short lanes are paths whose
     * reserve has run dry (on the lending book 2.1 million of the 2.95 million a run lists), and
     * their draw is +0, which changes nothing. The reserve stays +0 ({@code +0 - +0}); the
     * shortfall is positive; the draw and the coupon paid were never -0 (the draw is cleared to
     * +0 each step and only added into; a short lane's coupon paid is what was available, which
     * starts from the step's income, cleared to +0 and only added into, less the fees paid from
     * it, and never goes below +0), so adding +0 leaves them as they were.
     */
    private void payCoupons(int t, int lanes, BlockFlows flows, double dt, boolean[] mayDrawReserve) {
        double[] available = this.available;
        double[] carried = carriedCoupon[t];
        double[] outstanding = principal[t];
        double[] coupons = flows.coupons[t];
        double rate = plan.trancheCoupon[t];
        for (int l = 0; l < lanes; l++) {
            double due = carried[l] + rate * outstanding[l] * dt;
            double paid = Math.min(available[l], due);
            carried[l] = due - paid; // the shortfall, before any draw on the reserve
            coupons[l] = paid;
            available[l] -= paid;
        }
        int[] shortLanes = this.shortLanes;
        double[] reserve = this.reserve;
        int count = 0;
        for (int l = 0; l < lanes; l++) {
            // written on every lane and kept by counting it, so that the loop has no branch to mispredict
            shortLanes[count] = l;
            count += carried[l] > 0 & Double.doubleToRawLongBits(reserve[l]) != 0
                    & (mayDrawReserve == null || mayDrawReserve[l]) ? 1 : 0;
        }
        double[] reserveDraw = flows.reserveDraw;
        for (int i = 0; i < count; i++) {
            int l = shortLanes[i];
            double draw = Math.min(reserve[l], carried[l]);
            reserve[l] -= draw;
            reserveDraw[l] += draw;
            carried[l] -= draw;
            coupons[l] += draw;
        }
    }

    /**
     * OC breach: income below the senior coupon, then principal cash, pay down senior principal,
     * each only as far as needed to cure the test (docs/model.md §7.5). With k the
     * threshold, N the NAV at the mark less the reserve the senior coupon drew and S the senior
     * outstanding: income is not part of N, so paying x of it cures once N / (S - x) >= k,
     * {@code x = S - N / k}; cash is, so paying y of it gives (N - y) / (S - y), which rises
     * only when N > S and cures at {@code y = (k S - N) / (k - 1)}. When N <= S no cash payment
     * can cure, and all principal cash goes to the senior, as before. Sets {@link #ocCured}.
     */
    private double turbo(int l, double available, BlockFlows flows) {
        double[] senior = principal[0];
        double k = plan.ocThreshold;
        double nav = flows.navAtMark[l] - flows.reserveDraw[l];
        double incomeNeeded = Math.max(0, senior[l] - nav / k);
        double fromIncome = Math.min(available, Math.min(senior[l], incomeNeeded));
        senior[l] -= fromIncome;
        // compared as amounts, not by re-testing the ratio, so that rounding cannot flip the cure
        ocCured = fromIncome >= incomeNeeded;
        double fromCash = 0;
        if (!ocCured) {
            double cashNeeded = nav > senior[l] && k > 1
                    ? Math.max(0, (k * senior[l] - nav) / (k - 1)) : Double.POSITIVE_INFINITY;
            fromCash = Math.min(cash[l], Math.min(senior[l], cashNeeded));
            ocCured = fromCash >= cashNeeded;
        }
        senior[l] -= fromCash;
        cash[l] -= fromCash;
        flows.turbo[l] = fromIncome + fromCash;
        flows.principalPaid[0][l] += flows.turbo[l];
        return available - fromIncome;
    }

    /** Sequential split of each path's NAV by claims (principal plus carried coupon), unpaid fees first. */
    void markTranches(int lanes, double[] nav, double[][] values) {
        if (kind != null) {
            kind.markTranches(lanes, nav, values); // waterfall kinds (§7.9)
            return;
        }
        markSequentially(lanes, nav, values);
    }

    void markSequentially(int lanes, double[] nav, double[][] values) {
        double[] remaining = this.available; // free again once the step's income is distributed
        for (int l = 0; l < lanes; l++) {
            remaining[l] = Math.max(0, nav[l] - carriedFees[l]);
        }
        for (int t = 0; t < equity; t++) {
            double[] outstanding = principal[t];
            double[] carried = carriedCoupon[t];
            double[] value = values[t];
            for (int l = 0; l < lanes; l++) {
                double claim = outstanding[l] + carried[l];
                double v = Math.min(remaining[l], claim);
                value[l] = v;
                remaining[l] -= v;
            }
        }
        System.arraycopy(remaining, 0, values[equity], 0, lanes);
    }

    /** Pays out lane {@code l}'s proceeds plus both accounts: fees, then each tranche's carried coupon then principal. */
    void distributeFinal(int l, double proceeds, FinalFlows flows) {
        if (kind != null) {
            kind.distributeFinal(l, proceeds, flows); // waterfall kinds (§7.9)
            return;
        }
        distributeFinalSequentially(l, proceeds, flows);
    }

    void distributeFinalSequentially(int l, double proceeds, FinalFlows flows) {
        flows.liquidationProceeds[l] = proceeds;
        flows.cash[l] = cash[l];
        flows.reserve[l] = reserve[l];
        double remaining = proceeds + cash[l] + reserve[l];
        cash[l] = 0;
        reserve[l] = 0;
        double fees = Math.min(remaining, carriedFees[l]);
        flows.fees[l] = fees;
        remaining -= fees;
        carriedFees[l] -= fees;
        for (int t = 0; t < equity; t++) {
            double coupon = Math.min(remaining, carriedCoupon[t][l]);
            flows.coupon[t][l] = coupon;
            remaining -= coupon;
            double paid = Math.min(remaining, principal[t][l]);
            flows.principal[t][l] = paid;
            remaining -= paid;
            flows.loss[t][l] = principal[t][l] - paid;
        }
        flows.principal[equity][l] = remaining;
        flows.loss[equity][l] = Math.max(0, principal[equity][l] - remaining);
    }

    /**
     * Pays {@code amount} of lane {@code l}'s cash account to the tranches as principal,
     * sequentially: the senior's principal outstanding first, then each tranche below it, the
     * equity's last (docs/model.md §7.6, §7.10, the reinvestment rule PAY_OUT). What exceeds every
     * tranche's principal stays in the cash account. Principal only: a carried coupon waits for
     * income or the final distribution, as with the turbo (§7.5).
     *
     * @return the amount paid
     */
    double payOutPrincipal(int l, double amount, BlockFlows flows) {
        double left = amount;
        for (int t = 0; t <= equity && left > 0; t++) {
            double paid = Math.min(left, principal[t][l]);
            principal[t][l] -= paid;
            flows.principalPaid[t][l] += paid;
            left -= paid;
        }
        double paid = amount - left;
        cash[l] -= paid;
        return paid;
    }
}

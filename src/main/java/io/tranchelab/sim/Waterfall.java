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

    Waterfall(SimulationPlan plan, int lanes) {
        this.plan = plan;
        this.equity = plan.trancheCount - 1;
        principal = new double[plan.trancheCount][lanes];
        carriedCoupon = new double[plan.trancheCount][lanes];
        carriedFees = new double[lanes];
        cash = new double[lanes];
        reserve = new double[lanes];
    }

    void reset() {
        for (int t = 0; t < plan.trancheCount; t++) {
            java.util.Arrays.fill(principal[t], plan.tranchePrincipal[t]);
            java.util.Arrays.fill(carriedCoupon[t], 0);
        }
        java.util.Arrays.fill(carriedFees, 0);
        java.util.Arrays.fill(cash, plan.initialCash);
        java.util.Arrays.fill(reserve, 0);
    }

    /**
     * Distributes lane {@code l}'s income of the step. {@code flows.navAtMark[l]} must hold the
     * NAV at the step's mark before distribution: the fee base and the OC test's numerator.
     */
    void distribute(int l, BlockFlows flows, double dt) {
        double available = flows.income[l];
        double navAtMark = flows.navAtMark[l];

        double feeDue = carriedFees[l] + plan.managementFee * navAtMark * dt;
        double fees = Math.min(available, feeDue);
        flows.fees[l] = fees;
        available -= fees;
        carriedFees[l] = feeDue - fees;

        double[] senior = principal[0];
        boolean breached = plan.ocThreshold > 0 && senior[l] > 0 && navAtMark < plan.ocThreshold * senior[l];
        flows.ocBreached[l] = breached;

        available = payCoupon(0, l, available, true, flows, dt);
        boolean cured = !breached;
        if (breached) {
            available = turbo(l, available, flows);
            cured = ocCured || senior[l] <= 0;
        }
        // a step that opened in breach never draws the reserve below the senior, cured or not
        boolean mayDrawReserve = !breached || senior[l] <= 0;
        boolean trapping = !cured;
        for (int t = 1; t < equity; t++) {
            available = payCoupon(t, l, available, mayDrawReserve, flows, dt);
        }
        if (!trapping) {
            double target = plan.reserveTarget * senior[l];
            double topUp = Math.min(available, Math.max(0, target - reserve[l]));
            flows.reserveTopUp[l] = topUp;
            reserve[l] += topUp;
            available -= topUp;
        }
        flows.equity[l] = available;
    }

    /** Pays tranche t's coupon due plus carried; a shortfall draws on the reserve when allowed. */
    private double payCoupon(int t, int l, double available, boolean mayDrawReserve, BlockFlows flows, double dt) {
        double due = carriedCoupon[t][l] + plan.trancheCoupon[t] * principal[t][l] * dt;
        double paid = Math.min(available, due);
        double shortfall = due - paid;
        if (mayDrawReserve && shortfall > 0) {
            double draw = Math.min(reserve[l], shortfall);
            reserve[l] -= draw;
            flows.reserveDraw[l] += draw;
            shortfall -= draw;
            paid += draw;
        }
        carriedCoupon[t][l] = shortfall;
        flows.coupons[t][l] = paid;
        return available - Math.min(available, due);
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

    /** Sequential split of lane {@code l}'s NAV by claims (principal plus carried coupon), unpaid fees first. */
    void markTranches(int l, double nav, double[][] values) {
        double remaining = Math.max(0, nav - carriedFees[l]);
        for (int t = 0; t < equity; t++) {
            double claim = principal[t][l] + carriedCoupon[t][l];
            double value = Math.min(remaining, claim);
            values[t][l] = value;
            remaining -= value;
        }
        values[equity][l] = remaining;
    }

    /** Pays out lane {@code l}'s proceeds plus both accounts: fees, then each tranche's carried coupon then principal. */
    void distributeFinal(int l, double proceeds, FinalFlows flows) {
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
}

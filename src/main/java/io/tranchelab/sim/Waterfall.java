package io.tranchelab.sim;

/**
 * The cash waterfall of one path (docs/model.md §7): the accounts (cash,
 * reserve), what each tranche is owed, and the rules that pay it each step and at the horizon.
 */
final class Waterfall {

    private final SimulationPlan plan;
    private final int equity;
    final double[] principal;
    final double[] carriedCoupon;
    double carriedFees;
    double cash;
    double reserve;
    /** Whether this step's turbo paid enough to cure the OC test (set by {@link #turbo}). */
    private boolean ocCured;

    Waterfall(SimulationPlan plan) {
        this.plan = plan;
        this.equity = plan.trancheCount - 1;
        principal = new double[plan.trancheCount];
        carriedCoupon = new double[plan.trancheCount];
    }

    void reset() {
        System.arraycopy(plan.tranchePrincipal, 0, principal, 0, principal.length);
        java.util.Arrays.fill(carriedCoupon, 0);
        carriedFees = 0;
        cash = plan.initialCash;
        reserve = 0;
    }

    /** Principal cash (repaid loans, recoveries) stays in the pool's cash account. */
    void depositPrincipal(double amount) {
        cash += amount;
    }

    /** The pool's own accounts: cash plus reserve. */
    double accounts() {
        return cash + reserve;
    }

    /**
     * Distributes the step's income. {@code flows.navAtMark} must hold the NAV at the step's
     * mark before distribution: the fee base and the OC test's numerator.
     */
    void distribute(StepFlows flows, double dt) {
        double available = flows.income;

        double feeDue = carriedFees + plan.managementFee * flows.navAtMark * dt;
        flows.fees = Math.min(available, feeDue);
        available -= flows.fees;
        carriedFees = feeDue - flows.fees;

        boolean breached = plan.ocThreshold > 0 && principal[0] > 0
                && flows.navAtMark < plan.ocThreshold * principal[0];
        flows.ocBreached = breached;

        available = payCoupon(0, available, true, flows, dt);
        boolean cured = !breached;
        if (breached) {
            available = turbo(available, flows);
            cured = ocCured || principal[0] <= 0;
        }
        // a step that opened in breach never draws the reserve below the senior, cured or not
        boolean mayDrawReserve = !breached || principal[0] <= 0;
        boolean trapping = !cured;
        for (int t = 1; t < equity; t++) {
            available = payCoupon(t, available, mayDrawReserve, flows, dt);
        }
        if (!trapping) {
            double target = plan.reserveTarget * principal[0];
            flows.reserveTopUp = Math.min(available, Math.max(0, target - reserve));
            reserve += flows.reserveTopUp;
            available -= flows.reserveTopUp;
        }
        flows.equity = available;
    }

    /** Pays tranche t's coupon due plus carried; a shortfall draws on the reserve when allowed. */
    private double payCoupon(int t, double available, boolean mayDrawReserve, StepFlows flows, double dt) {
        double due = carriedCoupon[t] + plan.trancheCoupon[t] * principal[t] * dt;
        double paid = Math.min(available, due);
        double shortfall = due - paid;
        if (mayDrawReserve && shortfall > 0) {
            double draw = Math.min(reserve, shortfall);
            reserve -= draw;
            flows.reserveDraw += draw;
            shortfall -= draw;
            paid += draw;
        }
        carriedCoupon[t] = shortfall;
        flows.coupons[t] = paid;
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
    private double turbo(double available, StepFlows flows) {
        double k = plan.ocThreshold;
        double nav = flows.navAtMark - flows.reserveDraw;
        double incomeNeeded = Math.max(0, principal[0] - nav / k);
        double fromIncome = Math.min(available, Math.min(principal[0], incomeNeeded));
        principal[0] -= fromIncome;
        // compared as amounts, not by re-testing the ratio, so that rounding cannot flip the cure
        ocCured = fromIncome >= incomeNeeded;
        double fromCash = 0;
        if (!ocCured) {
            double cashNeeded = nav > principal[0] && k > 1
                    ? Math.max(0, (k * principal[0] - nav) / (k - 1)) : Double.POSITIVE_INFINITY;
            fromCash = Math.min(cash, Math.min(principal[0], cashNeeded));
            ocCured = fromCash >= cashNeeded;
        }
        principal[0] -= fromCash;
        cash -= fromCash;
        flows.turbo = fromIncome + fromCash;
        flows.principalPaid[0] += flows.turbo;
        return available - fromIncome;
    }

    /** Sequential split of NAV by claims (principal plus carried coupon), unpaid fees first. */
    void markTranches(double nav, double[] values) {
        double remaining = Math.max(0, nav - carriedFees);
        for (int t = 0; t < equity; t++) {
            double claim = principal[t] + carriedCoupon[t];
            values[t] = Math.min(remaining, claim);
            remaining -= values[t];
        }
        values[equity] = remaining;
    }

    /** Pays out proceeds plus both accounts: fees, then each tranche's carried coupon then principal. */
    void distributeFinal(double proceeds, FinalFlows flows) {
        flows.liquidationProceeds = proceeds;
        flows.cash = cash;
        flows.reserve = reserve;
        double remaining = proceeds + cash + reserve;
        cash = 0;
        reserve = 0;
        flows.fees = Math.min(remaining, carriedFees);
        remaining -= flows.fees;
        carriedFees -= flows.fees;
        for (int t = 0; t < equity; t++) {
            flows.coupon[t] = Math.min(remaining, carriedCoupon[t]);
            remaining -= flows.coupon[t];
            flows.principal[t] = Math.min(remaining, principal[t]);
            remaining -= flows.principal[t];
            flows.loss[t] = principal[t] - flows.principal[t];
        }
        flows.principal[equity] = remaining;
        flows.loss[equity] = Math.max(0, principal[equity] - remaining);
    }
}

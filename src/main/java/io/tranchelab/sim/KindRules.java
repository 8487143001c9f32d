package io.tranchelab.sim;

import io.tranchelab.model.WaterfallKind;

/**
 * The rules of a waterfall kind other than sequential (docs/model.md §7.9), over the
 * {@link Waterfall}'s own accounts (principal, carried coupon, carried fees, cash, reserve), so
 * that the marks, the recorders and the cash-conservation check read every kind alike. Like the
 * sequential rules they run path by path ({@code l}) over arrays across the block's lanes.
 * The default mark and final distribution are the sequential ones; a kind overrides what differs.
 */
abstract class KindRules {

    final SimulationPlan plan;
    final Waterfall w;

    KindRules(SimulationPlan plan, Waterfall w) {
        this.plan = plan;
        this.w = w;
    }

    /** The rules of the plan's kind; null for sequential, which stays {@link Waterfall}'s own code. */
    static KindRules of(SimulationPlan plan, Waterfall w, int lanes) {
        WaterfallKind kind = plan.waterfallKind;
        if (kind instanceof WaterfallKind.ProRata p) {
            return new ProRataRules(plan, w, p, lanes);
        } else if (kind instanceof WaterfallKind.SmartYield y) {
            return new SmartYieldRules(plan, w, y);
        } else if (kind instanceof WaterfallKind.PerpetualYield p) {
            return new PerpetualYieldRules(plan, w, p, lanes);
        } else if (kind instanceof WaterfallKind.Tinlake t) {
            return new TinlakeRules(plan, w, t);
        } else if (kind instanceof WaterfallKind.Goldfinch g) {
            return new GoldfinchRules(plan, w, g);
        } else if (kind instanceof WaterfallKind.Strips) {
            return new StripsRules(plan, w);
        }
        return null;
    }

    /** Called after the waterfall's own reset, at the start of every path. */
    void reset() {
    }

    abstract void distribute(int lanes, BlockFlows flows, double dt);

    void markTranches(int lanes, double[] nav, double[][] values) {
        w.markSequentially(lanes, nav, values);
    }

    void distributeFinal(int l, double proceeds, FinalFlows flows) {
        w.distributeFinalSequentially(l, proceeds, flows);
    }

    /**
     * The management fee of §7.2 for lane l: carried fees plus the step's fee on the NAV at the
     * mark, paid from income as far as it goes, the rest carried. Returns the income left.
     */
    final double payManagementFee(int l, BlockFlows flows, double dt) {
        double feeDue = w.carriedFees[l] + plan.managementFee * flows.navAtMark[l] * dt;
        double paid = Math.min(flows.income[l], feeDue);
        flows.fees[l] = paid;
        w.carriedFees[l] = feeDue - paid;
        return flows.income[l] - paid;
    }

    /** Empties lane l's accounts into the final flows; returns proceeds + cash + reserve less the carried fees paid. */
    final double collectFinal(int l, double proceeds, FinalFlows flows) {
        flows.liquidationProceeds[l] = proceeds;
        flows.cash[l] = w.cash[l];
        flows.reserve[l] = w.reserve[l];
        double total = proceeds + w.cash[l] + w.reserve[l];
        w.cash[l] = 0;
        w.reserve[l] = 0;
        double fees = Math.min(total, w.carriedFees[l]);
        flows.fees[l] = fees;
        w.carriedFees[l] -= fees;
        return total - fees;
    }

    /**
     * Pays tranche t {@code amount} at the horizon, principal first up to its principal
     * outstanding and the rest as coupon (a kind whose tranches hold values, not fixed claims).
     */
    final void payValue(int t, int l, double amount, FinalFlows flows) {
        double outstanding = w.principal[t][l];
        double principal = Math.min(amount, outstanding);
        if (t == plan.trancheCount - 1) {
            principal = amount; // the equity's whole residual, as in §7.7
        } else {
            flows.coupon[t][l] = amount - principal;
        }
        flows.principal[t][l] = principal;
        flows.loss[t][l] = Math.max(0, outstanding - Math.min(amount, outstanding));
    }
}

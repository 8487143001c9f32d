package io.tranchelab.sim;

import io.tranchelab.model.WaterfallKind;

/**
 * Pro-rata principal with a sequential switch (docs/model.md §7.9.1). Income runs the sequential
 * rules (fees, coupons, reserve, OC turbo); then the step's principal cash (what the pool
 * collected as principal this step and still holds) is paid to every tranche, equity included,
 * pro rata to its principal outstanding, which keeps each tranche's share of the notes (its
 * credit enhancement) as it was. Once the NAV at a step's mark falls below
 * {@code switchCoverage} times the principal outstanding, the path pays principal
 * sequentially, senior first, for the rest of its life: the usual ABS cumulative-loss trigger.
 */
final class ProRataRules extends KindRules {

    private final double switchCoverage;
    /** [lane] whether the path has switched to sequential, for good. */
    private final boolean[] sequential;
    /** Scratch: each tranche's principal outstanding before a pro-rata payment. */
    private final double[] before;

    ProRataRules(SimulationPlan plan, Waterfall w, WaterfallKind.ProRata kind, int lanes) {
        super(plan, w);
        this.switchCoverage = kind.switchCoverage();
        this.sequential = new boolean[lanes];
        this.before = new double[plan.trancheCount];
    }

    @Override
    void reset() {
        java.util.Arrays.fill(sequential, false);
    }

    @Override
    void distribute(int lanes, BlockFlows flows, double dt) {
        int n = plan.trancheCount;
        // the trigger is tested at the mark, on the principal outstanding before the step's payments
        for (int l = 0; l < lanes; l++) {
            if (!sequential[l] && switchCoverage > 0 && flows.navAtMark[l] < switchCoverage * outstanding(l)) {
                sequential[l] = true;
            }
        }
        w.distributeSequentially(lanes, flows, dt);
        for (int l = 0; l < lanes; l++) {
            double pay = Math.min(w.cash[l], flows.principalCash[l]);
            if (!(pay > 0)) {
                continue;
            }
            double paid = 0;
            if (sequential[l]) {
                for (int t = 0; t < n && pay > 0; t++) {
                    double x = Math.min(pay, w.principal[t][l]);
                    paid += payPrincipal(t, l, x, flows);
                    pay -= x;
                }
            } else {
                double total = outstanding(l);
                if (!(total > 0)) {
                    continue;
                }
                pay = Math.min(pay, total);
                for (int t = 0; t < n; t++) {
                    before[t] = w.principal[t][l];
                }
                for (int t = 0; t < n; t++) {
                    paid += payPrincipal(t, l, Math.min(before[t], pay * (before[t] / total)), flows);
                }
            }
            w.cash[l] -= paid;
            flows.turbo[l] += paid;
        }
    }

    private double payPrincipal(int t, int l, double x, BlockFlows flows) {
        w.principal[t][l] -= x;
        flows.principalPaid[t][l] += x;
        return x;
    }

    private double outstanding(int l) {
        double total = 0;
        for (int t = 0; t < plan.trancheCount; t++) {
            total += w.principal[t][l];
        }
        return total;
    }
}

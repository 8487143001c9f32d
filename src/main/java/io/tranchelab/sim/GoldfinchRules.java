package io.tranchelab.sim;

import io.tranchelab.model.WaterfallKind;

/**
 * Goldfinch senior leverage with a junior fee (docs/model.md §7.9.5). The step's income (after
 * the management fee) is interest split pro rata to the two tranches' principal outstanding; the
 * protocol keeps {@code protocolFee} of all of it, and {@code juniorFee} of the senior's gross
 * share goes to the junior (the backers' reallocation). With senior weight {@code s}: senior
 * {@code I s (1 - pf - jf)}, junior {@code I (1 - s)(1 - pf) + I s jf}. Principal is repaid at
 * the horizon senior first (§7.7), so losses fall on the junior first.
 */
final class GoldfinchRules extends KindRules {

    private final double protocolFee;
    private final double juniorFee;

    GoldfinchRules(SimulationPlan plan, Waterfall w, WaterfallKind.Goldfinch kind) {
        super(plan, w);
        this.protocolFee = kind.protocolFee();
        this.juniorFee = kind.juniorFee();
    }

    @Override
    void distribute(int lanes, BlockFlows flows, double dt) {
        for (int l = 0; l < lanes; l++) {
            double interest = payManagementFee(l, flows, dt);
            double s = w.principal[0][l];
            double total = s + w.principal[1][l];
            double weight = total > 0 ? s / total : 0;
            double protocol = protocolFee * interest;
            double senior = interest * weight * (1 - protocolFee - juniorFee);
            flows.fees[l] += protocol;
            flows.coupons[0][l] = senior;
            flows.equity[l] = interest - protocol - senior;
        }
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.WaterfallKind;

/**
 * Centrifuge Tinlake DROP/TIN (docs/model.md §7.9.4). The senior (DROP) claim, principal plus
 * accrued interest, compounds each step at the senior's coupon (the DROP rate); income stays in
 * the pool's cash, Tinlake's reserve. The senior's asset is {@code min(claim, NAV + reserve)} and
 * the junior's (TIN) the rest, Tinlake's token prices times supply (the sequential split of
 * §6.3). When the senior ratio {@code seniorAsset / (NAV + reserve)} leaves its band, the
 * reserve redeems what brings it back, as far as the reserve goes (the epoch solver's
 * priority): below {@code minSeniorRatio} TIN is redeemed, {@code x = T - S / min}; above
 * {@code maxSeniorRatio} DROP is redeemed, accrued interest first, {@code y = (S - max T) / (1 - max)}.
 */
final class TinlakeRules extends KindRules {

    private final double min;
    private final double max;

    TinlakeRules(SimulationPlan plan, Waterfall w, WaterfallKind.Tinlake kind) {
        super(plan, w);
        this.min = kind.minSeniorRatio();
        this.max = kind.maxSeniorRatio();
    }

    @Override
    void distribute(int lanes, BlockFlows flows, double dt) {
        double rate = plan.trancheCoupon[0];
        double[] principal = w.principal[0];
        double[] accrued = w.carriedCoupon[0];
        for (int l = 0; l < lanes; l++) {
            double kept = payManagementFee(l, flows, dt);
            w.cash[l] += kept;
            accrued[l] += rate * (principal[l] + accrued[l]) * dt;
            double total = flows.navAtMark[l] + kept - w.carriedFees[l];
            if (!(total > 0)) {
                continue;
            }
            double senior = Math.min(principal[l] + accrued[l], total);
            if (senior > max * total && max < 1) {
                double y = Math.min(w.cash[l], Math.min(senior, (senior - max * total) / (1 - max)));
                double interest = Math.min(y, accrued[l]);
                accrued[l] -= interest;
                flows.coupons[0][l] += interest;
                double repaid = Math.min(y - interest, principal[l]);
                principal[l] -= repaid;
                flows.principalPaid[0][l] += repaid;
                flows.turbo[l] += repaid;
                w.cash[l] -= interest + repaid;
            } else if (senior < min * total) {
                double x = Math.min(w.cash[l], total - senior / min);
                flows.equity[l] += x;
                w.cash[l] -= x;
            }
        }
    }
}

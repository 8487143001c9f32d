package io.tranchelab.sim;

import io.tranchelab.model.WaterfallKind;

/**
 * BarnBridge SMART Yield (docs/model.md §7.9.2). The senior holds a bond with a fixed rate (its
 * coupon): its gain accrues linearly, {@code coupon x principal x dt} a step, and is paid with
 * its principal at the horizon, less the protocol's {@code gainFee} of the gain. All income
 * (after the management fee) stays in the pool's cash, so the junior owns whatever the pool
 * earns beyond the senior's gain and pays any shortfall of it from its own principal: the
 * sequential split of the NAV by claims (§6.3) is then exactly BarnBridge's junior pool value,
 * total pool less senior deposits less the elapsed part of the guaranteed gain.
 */
final class SmartYieldRules extends KindRules {

    private final double gainFee;

    SmartYieldRules(SimulationPlan plan, Waterfall w, WaterfallKind.SmartYield kind) {
        super(plan, w);
        this.gainFee = kind.gainFee();
    }

    @Override
    void distribute(int lanes, BlockFlows flows, double dt) {
        double rate = plan.trancheCoupon[0];
        double[] senior = w.principal[0];
        double[] gain = w.carriedCoupon[0];
        for (int l = 0; l < lanes; l++) {
            w.cash[l] += payManagementFee(l, flows, dt);
            gain[l] += rate * senior[l] * dt;
        }
    }

    @Override
    void distributeFinal(int l, double proceeds, FinalFlows flows) {
        double remaining = collectFinal(l, proceeds, flows);
        double gain = Math.min(remaining, w.carriedCoupon[0][l]);
        double fee = gainFee * gain;
        flows.fees[l] += fee;
        flows.coupon[0][l] = gain - fee;
        w.carriedCoupon[0][l] -= gain;
        remaining -= gain;
        double principal = Math.min(remaining, w.principal[0][l]);
        flows.principal[0][l] = principal;
        flows.loss[0][l] = w.principal[0][l] - principal;
        remaining -= principal;
        flows.principal[1][l] = remaining;
        flows.loss[1][l] = Math.max(0, w.principal[1][l] - remaining);
    }
}

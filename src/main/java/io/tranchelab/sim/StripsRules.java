package io.tranchelab.sim;

/**
 * Pendle principal and yield strips (docs/model.md §7.9.6). The senior is the principal token
 * (PT): its claim is the pool's principal at the horizon, everything the final liquidation and
 * the accounts hold, with no coupon on the way. The junior is the yield token (YT): it receives
 * all of the pool's income (after the management fee) as it is earned, and nothing at the
 * horizon. The PT is marked at the pool's net assets and the YT at 0 (what is left of the yield
 * to come is not priced). *Choice*: the YT's loss is its initial principal less all the yield it
 * received, at least 0: its principal is only ever repaid by the yield.
 */
final class StripsRules extends KindRules {

    /** [lane] the income the YT has received on the path. */
    private final double[] yieldReceived;

    StripsRules(SimulationPlan plan, Waterfall w) {
        super(plan, w);
        this.yieldReceived = new double[w.cash.length];
    }

    @Override
    void reset() {
        java.util.Arrays.fill(yieldReceived, 0);
    }

    @Override
    void distribute(int lanes, BlockFlows flows, double dt) {
        for (int l = 0; l < lanes; l++) {
            double income = payManagementFee(l, flows, dt);
            flows.equity[l] = income;
            yieldReceived[l] += income;
        }
    }

    @Override
    void markTranches(int lanes, double[] nav, double[][] values) {
        for (int l = 0; l < lanes; l++) {
            values[0][l] = Math.max(0, nav[l] - w.carriedFees[l]);
            values[1][l] = 0;
        }
    }

    @Override
    void distributeFinal(int l, double proceeds, FinalFlows flows) {
        payValue(0, l, collectFinal(l, proceeds, flows), flows);
        flows.principal[1][l] = 0;
        flows.loss[1][l] = Math.max(0, w.principal[1][l] - yieldReceived[l]);
    }
}

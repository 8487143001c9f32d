package io.tranchelab.sim;

import io.tranchelab.model.WaterfallKind;

/**
 * Idle Perpetual Yield Tranches (docs/model.md §7.9.3), after IdleCDO's {@code _virtualPriceAux}.
 * Each tranche holds a value, not a fixed claim; the two values always add up to the pool's net
 * assets (NAV less unpaid fees). Income stays in the pool. Each step the change of the net assets
 * since the last step is split: a gain, less the {@code performanceFee}, goes
 * {@code aprSplitRatio} to the senior (AA) and the rest to the junior (BB); a loss of at most
 * {@code lossTolerance} of the last net assets is shared pro rata to the two values; a larger
 * loss falls on the junior until its value is gone, then on the senior. At the horizon the final
 * change is split the same way and each tranche is paid its value.
 */
final class PerpetualYieldRules extends KindRules {

    private final double split;
    private final double tolerance;
    private final double performanceFee;
    /** [tranche][lane] the tranches' values; [lane] the net assets they were last split from. */
    private final double[][] value;
    private final double[] lastNet;

    PerpetualYieldRules(SimulationPlan plan, Waterfall w, WaterfallKind.PerpetualYield kind, int lanes) {
        super(plan, w);
        this.split = kind.aprSplitRatio();
        this.tolerance = kind.lossTolerance();
        this.performanceFee = kind.performanceFee();
        this.value = new double[2][lanes];
        this.lastNet = new double[lanes];
    }

    @Override
    void reset() {
        java.util.Arrays.fill(value[0], plan.tranchePrincipal[0]);
        java.util.Arrays.fill(value[1], plan.tranchePrincipal[1]);
        java.util.Arrays.fill(lastNet, plan.tranchePrincipal[0] + plan.tranchePrincipal[1]);
    }

    @Override
    void distribute(int lanes, BlockFlows flows, double dt) {
        for (int l = 0; l < lanes; l++) {
            double kept = payManagementFee(l, flows, dt);
            w.cash[l] += kept;
            double fee = splitChange(l, flows.navAtMark[l] + kept - w.carriedFees[l]);
            w.carriedFees[l] += fee;
            // fees are paid from the pool's cash as far as it goes, since income is not paid out
            double paid = Math.min(w.cash[l], w.carriedFees[l]);
            w.cash[l] -= paid;
            w.carriedFees[l] -= paid;
            flows.fees[l] += paid;
        }
    }

    /** Splits the change from the last net assets to {@code net}; returns the performance fee charged on a gain. */
    private double splitChange(int l, double net) {
        double change = net - lastNet[l];
        double fee = 0;
        if (change > 0) {
            fee = performanceFee * change;
            double gain = change - fee;
            double senior = split * gain;
            value[0][l] += senior;
            value[1][l] += gain - senior;
        } else if (change < 0) {
            double loss = -change;
            double held = value[0][l] + value[1][l];
            double junior;
            if (loss <= tolerance * lastNet[l] && held > 0) {
                junior = loss * (value[1][l] / held); // small loss: socialised pro rata to the values
            } else {
                junior = Math.min(loss, value[1][l]); // junior first
            }
            value[1][l] -= junior;
            value[0][l] = Math.max(0, value[0][l] - (loss - junior));
        }
        lastNet[l] = value[0][l] + value[1][l];
        return fee;
    }

    @Override
    void markTranches(int lanes, double[] nav, double[][] values) {
        System.arraycopy(value[0], 0, values[0], 0, lanes);
        System.arraycopy(value[1], 0, values[1], 0, lanes);
    }

    @Override
    void distributeFinal(int l, double proceeds, FinalFlows flows) {
        double remaining = collectFinal(l, proceeds, flows);
        double fee = Math.min(remaining, splitChange(l, remaining));
        flows.fees[l] += fee;
        remaining -= fee;
        double senior = Math.min(remaining, value[0][l]);
        payValue(0, l, senior, flows);
        payValue(1, l, remaining - senior, flows);
    }
}

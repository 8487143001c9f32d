package io.tranchelab.sim;

import io.tranchelab.model.Reinvestment;

/**
 * The reinvestment rule of a structure along a block's paths (docs/model.md §7.6): the cash
 * account's interest, and where each step's principal cash goes. Made only when the rule is not
 * v1's ({@link Reinvestment#isNone}), so that a structure without one runs exactly as before. It
 * draws no random numbers.
 *
 * <p>In a step: {@link #beforeMark} after the positions' step and before the mark (the cash
 * account's balance at the start of the step earns {@code cashRate x dt}, paid in as income;
 * under POSITION the step's principal cash buys units at the step's price, so the mark and the
 * NAV see them), {@link #afterWaterfall} after the step's distribution (under PAY_OUT, what is
 * left of the step's principal cash in the cash account goes to the tranches as principal).
 */
final class PrincipalReinvestment {

    private final Reinvestment.Rule rule;
    private final double cashRatePerStep;
    /** Under POSITION: the position's index among the plan's yield positions, and its asset's. */
    private final int position;
    private final int positionAsset;
    /** [lane] scratch: what goes to the cash account this step. */
    private final double[] toCash;

    private PrincipalReinvestment(SimulationPlan plan, int lanes) {
        Reinvestment r = plan.reinvestment;
        rule = r.rule();
        cashRatePerStep = r.cashRate() * plan.dt;
        int found = -1;
        for (int y = 0; y < plan.yields.size(); y++) {
            if (plan.yields.get(y).name().equals(r.position())) {
                found = y;
            }
        }
        if (rule == Reinvestment.Rule.POSITION && found < 0) {
            throw new IllegalArgumentException("the reinvestment position '" + r.position()
                    + "' is not a yield position of the structure");
        }
        position = found;
        positionAsset = found < 0 ? -1 : plan.yieldAsset[found];
        toCash = new double[lanes];
    }

    /** The structure's rule, or null when it is v1's (cash at 0 %): then nothing here runs. */
    static PrincipalReinvestment of(SimulationPlan plan, int lanes) {
        return plan.reinvestment.isNone() ? null : new PrincipalReinvestment(plan, lanes);
    }

    /**
     * Pays the cash account's interest into the step's income and buys the position under
     * POSITION; returns, per lane, the principal cash that goes to the cash account.
     */
    double[] beforeMark(int lanes, double[][] prices, double[] cash, BlockFlows flows, YieldHoldings yields) {
        if (cashRatePerStep != 0) {
            for (int l = 0; l < lanes; l++) {
                flows.income[l] += cash[l] * cashRatePerStep;
            }
        }
        double[] principalCash = flows.principalCash;
        if (rule == Reinvestment.Rule.POSITION) {
            double[] price = prices[positionAsset];
            for (int l = 0; l < lanes; l++) {
                double amount = principalCash[l];
                if (amount > 0 && price[l] > 0) { // a price of 0 buys nothing: the cash stays in the account
                    yields.buy(position, l, amount / price[l]);
                    flows.reinvested[l] = amount;
                    toCash[l] = 0;
                } else {
                    toCash[l] = amount;
                }
            }
            return toCash;
        }
        return principalCash;
    }

    /** Under PAY_OUT, pays the step's principal cash still in the cash account to the tranches, senior first. */
    void afterWaterfall(int lanes, Waterfall waterfall, BlockFlows flows) {
        if (rule != Reinvestment.Rule.PAY_OUT) {
            return;
        }
        for (int l = 0; l < lanes; l++) {
            double amount = Math.min(flows.principalCash[l], waterfall.cash[l]); // the turbo may have taken some
            if (amount > 0) {
                waterfall.payOutPrincipal(l, amount, flows);
            }
        }
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Hedge;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.ProtectivePut;

/**
 * The hedging overlay along each path of a block (docs/model.md §5.6): the protective
 * put programmes and perpetual shorts of the plan, their expense owed to the waterfall, their
 * marks in the NAV and their settlement at the horizon. State is {@code [hedge][lane]}.
 *
 * <p>Per step, after the positions and before the principal cash goes to the pool: a put
 * programme buys at the start of each period (at the previous step's price and units) and pays
 * {@code units x max(0, K - P)} into the cash account when it expires; a perpetual short's P&L
 * accrues to its margin account, its funding is received as income or owed as an expense, and it
 * is rebalanced when the share it covers leaves the band. The step's premiums and funding owed,
 * plus what earlier steps could not pay, are paid from the step's income before the fees (what
 * income cannot pay is carried, like a fee, §7.2); the waterfall distributes the rest.
 */
final class HedgeBook {

    private final SimulationPlan plan;
    private final int lanes;
    private final int count;
    private final int[] asset;
    private final double[] ratio;
    private final boolean[] isPut;
    // puts
    private final double[] strikeShare;
    private final int[] tenorSteps;
    private final double[] rate;
    private final double[] pricingVolatility;
    // perpetual shorts
    private final double[] band;
    private final double[] fundingPerStep;
    private final double[] fundingVolatilityDt;
    /** [hedge][lane]: units covered (put) or short (perp); the put's strike in USD; the perp's margin account. */
    private final double[][] units;
    private final double[][] strike;
    private final double[][] margin;
    /** [hedge][lane]: the asset's price and the pool's units of it at the end of the previous step. */
    private final double[][] lastPrice;
    private final double[][] lastUnits;
    /** [lane]: hedge expense owed and not yet paid. */
    final double[] owed;

    HedgeBook(SimulationPlan plan, int lanes) {
        this.plan = plan;
        this.lanes = lanes;
        count = plan.hedges.size();
        asset = plan.hedgeAsset;
        ratio = new double[count];
        isPut = new boolean[count];
        strikeShare = new double[count];
        tenorSteps = new int[count];
        rate = new double[count];
        pricingVolatility = new double[count];
        band = new double[count];
        fundingPerStep = new double[count];
        fundingVolatilityDt = new double[count];
        for (int h = 0; h < count; h++) {
            Hedge hedge = plan.hedges.get(h);
            ratio[h] = hedge.hedgeRatio();
            if (hedge instanceof ProtectivePut put) {
                isPut[h] = true;
                strikeShare[h] = put.strike();
                tenorSteps[h] = tenorSteps(put.tenorDays(), plan.dt);
                rate[h] = put.riskFreeRate();
                pricingVolatility[h] = put.impliedVolatility() + put.volatilitySpread();
            } else if (hedge instanceof PerpetualShort perp) {
                band[h] = perp.rebalanceBand();
                fundingPerStep[h] = perp.fundingMean() * plan.dt;
                fundingVolatilityDt[h] = perp.fundingVolatility() * plan.dt;
            }
        }
        units = new double[count][lanes];
        strike = new double[count][lanes];
        margin = new double[count][lanes];
        lastPrice = new double[count][lanes];
        lastUnits = new double[count][lanes];
        owed = new double[lanes];
    }

    /** A put's tenor in steps: the nearest whole number of steps, at least one. */
    static int tenorSteps(double tenorDays, double dt) {
        return (int) Math.max(1, Math.round(tenorDays / 365.0 / dt));
    }

    void reset(YieldHoldings yields) {
        for (int h = 0; h < count; h++) {
            java.util.Arrays.fill(strike[h], 0);
            java.util.Arrays.fill(margin[h], 0);
            java.util.Arrays.fill(lastPrice[h], plan.initialPrice[asset[h]]);
            for (int l = 0; l < lanes; l++) {
                lastUnits[h][l] = yields.unitsOf(asset[h], l);
                // a short is opened at t = 0 at its ratio; a put is bought at the start of step 1
                units[h][l] = isPut[h] ? 0 : ratio[h] * lastUnits[h][l];
            }
        }
        java.util.Arrays.fill(owed, 0);
    }

    /** Step {@code step} (from 1) of every lane: after the positions' step, before the principal cash joins the pool. */
    void step(int step, double[][] prices, YieldHoldings yields, PathRandom[] random, BlockFlows flows) {
        double[] due = flows.hedgeExpenseDue;
        // cleared here, not in BlockFlows.clear: a run without hedges never touches them
        java.util.Arrays.fill(due, 0, lanes, 0);
        java.util.Arrays.fill(flows.hedgePremium, 0, lanes, 0);
        java.util.Arrays.fill(flows.hedgePayoff, 0, lanes, 0);
        java.util.Arrays.fill(flows.hedgePnl, 0, lanes, 0);
        java.util.Arrays.fill(flows.hedgeFunding, 0, lanes, 0);
        for (int h = 0; h < count; h++) {
            double[] price = prices[asset[h]];
            if (isPut[h]) {
                stepPut(h, step, price, flows);
            } else {
                stepShort(h, price, random, flows);
            }
        }
        for (int h = 0; h < count; h++) {
            double[] price = prices[asset[h]];
            for (int l = 0; l < lanes; l++) {
                lastPrice[h][l] = price[l];
                lastUnits[h][l] = yields.unitsOf(asset[h], l);
                if (!isPut[h]) {
                    rebalance(h, l);
                }
            }
        }
        double[] income = flows.income;
        for (int l = 0; l < lanes; l++) {
            double total = owed[l] + due[l];
            double paid = Math.min(income[l], total);
            income[l] -= paid;
            owed[l] = total - paid;
            flows.hedgeExpensePaid[l] = paid;
        }
    }

    private void stepPut(int h, int step, double[] price, BlockFlows flows) {
        int m = tenorSteps[h];
        int start = step - 1;
        if (start % m == 0) {
            // bought at the previous step's close, for the rest of its tenor or of the run
            double years = Math.min(m, plan.steps - start) * plan.dt;
            double premiumPerSpot = BlackScholes.put(1.0, strikeShare[h], years, rate[h], pricingVolatility[h]);
            for (int l = 0; l < lanes; l++) {
                units[h][l] = ratio[h] * lastUnits[h][l];
                strike[h][l] = strikeShare[h] * lastPrice[h][l];
                double premium = units[h][l] * lastPrice[h][l] * premiumPerSpot;
                flows.hedgePremium[l] += premium;
                flows.hedgeExpenseDue[l] += premium;
            }
        }
        int expiry = Math.min(plan.steps, start - start % m + m);
        if (step == expiry) {
            for (int l = 0; l < lanes; l++) {
                double payoff = units[h][l] * Math.max(0, strike[h][l] - price[l]);
                flows.hedgePayoff[l] += payoff;
                flows.principalCash[l] += payoff; // protects principal: it stays in the pool (§7.6)
                units[h][l] = 0;
            }
        }
    }

    private void stepShort(int h, double[] price, PathRandom[] random, BlockFlows flows) {
        double drift = fundingPerStep[h];
        double volatility = fundingVolatilityDt[h];
        for (int l = 0; l < lanes; l++) {
            double n = units[h][l];
            double pnl = -n * (price[l] - lastPrice[h][l]);
            margin[h][l] += pnl;
            flows.hedgePnl[l] += pnl;
            // a fixed funding rate draws nothing, so that it leaves the stream where it was
            double accrual = volatility > 0 ? drift + volatility * random[l].hedging.nextGaussian() : drift;
            double funding = n * lastPrice[h][l] * accrual;
            flows.hedgeFunding[l] += funding;
            if (funding >= 0) {
                flows.income[l] += funding;
            } else {
                flows.hedgeExpenseDue[l] -= funding;
            }
        }
    }

    /** Back to the ratio when the short's units over the pool's units have left the band around it. */
    private void rebalance(int h, int l) {
        double held = lastUnits[h][l];
        double target = ratio[h] * held;
        if (Math.abs(units[h][l] - target) > band[h] * held) {
            units[h][l] = target;
        }
    }

    /** Lane {@code l}'s hedges in the NAV: puts alive at their intrinsic value, margin accounts, less the expense owed. */
    double value(int l, double[][] prices) {
        double value = -owed[l];
        for (int h = 0; h < count; h++) {
            if (isPut[h]) {
                value += units[h][l] * Math.max(0, strike[h][l] - prices[asset[h]][l]);
            } else {
                value += margin[h][l];
            }
        }
        return value;
    }

    /**
     * The horizon of lane {@code l}: the margin accounts are settled (a loss at most what the pool
     * has: the proceeds, cash and reserve) and the expense owed is paid from what is left.
     *
     * @return the liquidation proceeds net of the settlement and the expense paid
     */
    double settle(int l, double proceeds, double cash, double reserve, FinalFlows flows) {
        double total = proceeds + cash + reserve;
        double balance = 0;
        for (int h = 0; h < count; h++) {
            if (!isPut[h]) {
                balance += margin[h][l];
                margin[h][l] = 0;
            }
        }
        double settlement = Math.max(balance, -total);
        double paid = Math.min(owed[l], total + settlement);
        owed[l] -= paid;
        flows.hedgeSettlement[l] = settlement;
        flows.hedgeExpensePaid[l] = paid;
        flows.hedgeExpenseOwed[l] = owed[l];
        return proceeds + settlement - paid;
    }
}

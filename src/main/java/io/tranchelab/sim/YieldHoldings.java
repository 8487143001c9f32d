package io.tranchelab.sim;

/** The pool's yield positions along a path: income on market value, loss events on units (docs/model.md §5.1). */
final class YieldHoldings {

    private final SimulationPlan plan;
    private final double[] units;
    private final double[] eventRate;
    private final double[] eventProbabilityZero;

    YieldHoldings(SimulationPlan plan) {
        this.plan = plan;
        int n = plan.yields.size();
        units = new double[n];
        eventRate = new double[n];
        eventProbabilityZero = new double[n];
        for (int y = 0; y < n; y++) {
            eventRate[y] = plan.yields.get(y).lossEvents().intensity() * plan.dt;
            eventProbabilityZero[y] = Math.exp(-eventRate[y]);
        }
    }

    void reset() {
        for (int y = 0; y < units.length; y++) {
            units[y] = plan.yields.get(y).units();
        }
    }

    void step(int step, MarketPath market, PathRandom random, StepFlows flows) {
        for (int y = 0; y < units.length; y++) {
            double price = market.price(step, plan.yieldAsset[y]);
            int events = PathRandom.poisson(random.events, eventRate[y], eventProbabilityZero[y]);
            if (events > 0) {
                double kept = Math.pow(1 - plan.yields.get(y).lossEvents().lossFraction(), events);
                flows.losses += units[y] * (1 - kept) * price;
                units[y] *= kept;
            }
            flows.income += plan.yields.get(y).apr() * units[y] * price * plan.dt;
        }
    }

    double value(int step, MarketPath market) {
        double value = 0;
        for (int y = 0; y < units.length; y++) {
            value += units[y] * market.price(step, plan.yieldAsset[y]);
        }
        return value;
    }

    /** Adds every unit held, per asset, to what the final liquidation sells. */
    void addForSale(double[] unitsForSale) {
        for (int y = 0; y < units.length; y++) {
            unitsForSale[plan.yieldAsset[y]] += units[y];
        }
    }
}

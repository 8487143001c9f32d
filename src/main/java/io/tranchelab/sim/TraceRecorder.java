package io.tranchelab.sim;

/** Records every flow of one path into a {@link PathTrace}. */
final class TraceRecorder implements PathObserver {

    private final SimulationPlan plan;
    private final double[] times;
    private final double[] income;
    private final double[] principalCash;
    private final double[] fees;
    private final double[][] coupons;
    private final double[] reserveTopUp;
    private final double[] reserveDraw;
    private final double[] turbo;
    private final double[] equity;
    private final double[] losses;
    private final double[] badDebt;
    private final double[] liquidationVolume;
    private final double[] nav;
    private final double[][] trancheValues;
    private final boolean[] ocBreached;
    private final double[][] prices;
    private PathTrace trace;

    TraceRecorder(SimulationPlan plan) {
        this.plan = plan;
        int n = plan.steps;
        int tranches = plan.trancheCount;
        times = new double[n];
        income = new double[n];
        principalCash = new double[n];
        fees = new double[n];
        coupons = new double[tranches][n];
        reserveTopUp = new double[n];
        reserveDraw = new double[n];
        turbo = new double[n];
        equity = new double[n];
        losses = new double[n];
        badDebt = new double[n];
        liquidationVolume = new double[n];
        nav = new double[n];
        trancheValues = new double[tranches][n];
        ocBreached = new boolean[n];
        prices = new double[plan.assetCount][n];
    }

    @Override
    public void startPath(int path) {
        trace = null;
    }

    @Override
    public boolean wantsChartDetail(int step) {
        return true;
    }

    @Override
    public void step(int step, StepFlows flows) {
        int s = step - 1;
        times[s] = step * plan.dt;
        income[s] = flows.income;
        principalCash[s] = flows.principalCash;
        fees[s] = flows.fees;
        for (int t = 0; t < plan.trancheCount; t++) {
            coupons[t][s] = flows.coupons[t];
            trancheValues[t][s] = flows.trancheValues[t];
        }
        reserveTopUp[s] = flows.reserveTopUp;
        reserveDraw[s] = flows.reserveDraw;
        turbo[s] = flows.turbo;
        equity[s] = flows.equity;
        losses[s] = flows.losses;
        badDebt[s] = flows.badDebt;
        liquidationVolume[s] = flows.liquidationVolume;
        nav[s] = flows.nav;
        ocBreached[s] = flows.ocBreached;
        for (int a = 0; a < prices.length; a++) {
            prices[a][s] = flows.prices[a];
        }
    }

    @Override
    public void finish(FinalFlows flows) {
        trace = new PathTrace(plan.initialCash, times, income, principalCash, fees, coupons, reserveTopUp,
                reserveDraw, turbo, equity, losses, badDebt, liquidationVolume, nav, trancheValues, ocBreached,
                flows.liquidationProceeds, flows.cash, flows.reserve, flows.fees, flows.coupon.clone(),
                flows.principal.clone(), flows.loss.clone(), prices);
    }

    PathTrace trace() {
        return trace;
    }
}

package io.tranchelab.sim;

/** Records every flow of one path, a block of one, into a {@link PathTrace}. */
final class TraceRecorder implements BlockObserver {

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
    private final double[][] principalPaidOut;
    private final double[] reinvested;
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
        principalPaidOut = new double[tranches][n];
        reinvested = new double[n];
    }

    @Override
    public void startPaths(int firstPath, int lanes) {
        trace = null;
    }

    @Override
    public int chartDetailLanes(int step) {
        return 1;
    }

    @Override
    public void step(int step, BlockFlows flows) {
        int s = step - 1;
        times[s] = step * plan.dt;
        income[s] = flows.income[0];
        principalCash[s] = flows.principalCash[0];
        fees[s] = flows.fees[0];
        for (int t = 0; t < plan.trancheCount; t++) {
            coupons[t][s] = flows.coupons[t][0];
            trancheValues[t][s] = flows.trancheValues[t][0];
            // principal paid besides the senior's turbo: the reinvestment rule PAY_OUT (§7.10)
            principalPaidOut[t][s] = flows.principalPaid[t][0] - (t == 0 ? flows.turbo[0] : 0);
        }
        reinvested[s] = flows.reinvested[0];
        reserveTopUp[s] = flows.reserveTopUp[0];
        reserveDraw[s] = flows.reserveDraw[0];
        turbo[s] = flows.turbo[0];
        equity[s] = flows.equity[0];
        losses[s] = flows.losses[0];
        badDebt[s] = flows.badDebt[0];
        liquidationVolume[s] = flows.liquidationVolume[0];
        nav[s] = flows.nav[0];
        ocBreached[s] = flows.ocBreached[0];
        for (int a = 0; a < prices.length; a++) {
            prices[a][s] = flows.prices[a][0];
        }
    }

    @Override
    public void finish(FinalFlows flows) {
        int tranches = plan.trancheCount;
        double[] coupon = new double[tranches];
        double[] principal = new double[tranches];
        double[] loss = new double[tranches];
        for (int t = 0; t < tranches; t++) {
            coupon[t] = flows.coupon[t][0];
            principal[t] = flows.principal[t][0];
            loss[t] = flows.loss[t][0];
        }
        trace = new PathTrace(plan.initialCash, times, income, principalCash, fees, coupons, reserveTopUp,
                reserveDraw, turbo, equity, losses, badDebt, liquidationVolume, nav, trancheValues, ocBreached,
                flows.liquidationProceeds[0], flows.cash[0], flows.reserve[0], flows.fees[0], coupon, principal, loss,
                prices, principalPaidOut, reinvested);
    }

    PathTrace trace() {
        return trace;
    }
}

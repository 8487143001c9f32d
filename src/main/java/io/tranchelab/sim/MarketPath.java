package io.tranchelab.sim;

/**
 * The market along one path (docs/model.md §4): prices of every asset by step,
 * the peg ratios, and the market impact of each step's sales on the next.
 */
final class MarketPath {

    private final SimulationPlan plan;
    private final double[] logPrice;
    private final double[] pegRatio;
    private final double[] pegHalfLife;
    private final double[] pendingSales;
    private final double[] independent;
    /** [step][asset], step 0 the initial prices; kept whole for the oracle's delayed reads. */
    final double[][] priceHistory;
    /** USD of each asset sold in the current step; moves the next step's price. */
    final double[] sales;

    MarketPath(SimulationPlan plan) {
        this.plan = plan;
        int n = plan.assetCount;
        logPrice = new double[n];
        pegRatio = new double[n];
        pegHalfLife = new double[n];
        pendingSales = new double[n];
        independent = new double[plan.volatileAssets.length];
        priceHistory = new double[plan.steps + 1][n];
        sales = new double[n];
    }

    void reset() {
        for (int a = 0; a < plan.assetCount; a++) {
            logPrice[a] = Math.log(plan.initialPrice[a]);
            pegRatio[a] = 1.0;
            pegHalfLife[a] = plan.pegHalfLifeYears[a];
            pendingSales[a] = 0;
            sales[a] = 0;
            priceHistory[0][a] = plan.initialPrice[a];
        }
    }

    double price(int step, int asset) {
        return priceHistory[step][asset];
    }

    /** Moves every asset from step - 1 to step (1-based), applying last step's sales as impact. */
    void advance(int step, PathRandom random) {
        for (int a = 0; a < plan.assetCount; a++) {
            pendingSales[a] = sales[a];
            sales[a] = 0;
        }
        moveVolatile(step, random);
        double[] prices = priceHistory[step];
        for (int a = 0; a < plan.assetCount; a++) {
            if (!plan.pegged[a]) {
                prices[a] = Math.exp(logPrice[a]);
            }
        }
        for (int a = 0; a < plan.assetCount; a++) {
            if (plan.pegged[a]) {
                movePeg(step, a, random);
                double reference = plan.pegReference[a] < 0 ? 1.0 : prices[plan.pegReference[a]];
                prices[a] = reference * pegRatio[a];
            }
        }
    }

    private void moveVolatile(int step, PathRandom random) {
        int[] vol = plan.volatileAssets;
        for (int k = 0; k < vol.length; k++) {
            independent[k] = random.diffusion.nextGaussian();
        }
        double[] shocks = plan.priceShocks[step - 1];
        for (int k = 0; k < vol.length; k++) {
            int a = vol[k];
            double z = 0;
            double[] row = plan.loadings[k];
            for (int j = 0; j < vol.length; j++) {
                z += row[j] * independent[j];
            }
            double jump = 0;
            int count = PathRandom.poisson(random.jumps, plan.jumpRatePerStep[a], plan.jumpProbabilityZero[a]);
            if (count > 0) {
                jump = count * plan.meanLogJump[a] + Math.sqrt(count) * plan.stdevLogJump[a]
                        * random.jumps.nextGaussian();
            }
            logPrice[a] += plan.logDriftPerStep[a] + plan.volSqrtDt[a] * z + jump + impact(a) + shocks[a];
        }
    }

    private void movePeg(int step, int a, PathRandom random) {
        double halfLife = pegHalfLife[a];
        double gap = (1.0 - pegRatio[a]) * Math.pow(2.0, -plan.dt / halfLife);
        double ratio = 1.0 - gap;
        int count = PathRandom.poisson(random.jumps, plan.depegRatePerStep[a], plan.depegProbabilityZero[a]);
        for (int i = 0; i < count; i++) {
            double depth = -plan.depegMeanDepth[a] * Math.log1p(-random.jumps.nextDouble());
            ratio *= 1.0 - Math.min(0.99, depth);
        }
        ratio *= Math.exp(impact(a) + plan.priceShocks[step - 1][a]);
        double shockDepth = plan.depegShockDepth[step - 1][a];
        if (shockDepth > 0) {
            ratio *= 1.0 - shockDepth;
            pegHalfLife[a] = plan.depegShockHalfLifeYears[step - 1][a];
        }
        pegRatio[a] = ratio;
    }

    /** ln(1 - min(0.99, q / D)) of last step's sales q, 0 without depth or sales. */
    private double impact(int a) {
        double q = pendingSales[a];
        double depth = plan.marketDepth[a];
        if (q <= 0 || depth == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return Math.log1p(-(depth > 0 ? Math.min(0.99, q / depth) : 0.99));
    }

    /** USD realized by selling {@code value} of an asset at once: the average along the impact curve. */
    double realizeSale(int a, double value) {
        double depth = plan.marketDepth[a];
        if (value <= 0 || depth == Double.POSITIVE_INFINITY) {
            return Math.max(0, value);
        }
        double slippage = depth > 0 ? Math.min(0.99, value / (2 * depth)) : 0.99;
        return value * (1 - slippage);
    }
}

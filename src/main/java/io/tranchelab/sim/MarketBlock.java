package io.tranchelab.sim;

/**
 * The market along each path of a block (docs/model.md §4): every asset's price by lane, the peg
 * ratios, and the market impact of each step's sales on the next. State is held as
 * {@code [asset][lane]} arrays, so each part of a step is a loop over the block's paths.
 */
final class MarketBlock {

    private final SimulationPlan plan;
    private final int lanes;
    private final double[][] logPrice;
    private final double[][] pegRatio;
    private final double[][] pegHalfLife;
    private final double[][] pendingSales;
    /** Per asset, {@code 2^(-dt / halfLife)} of its own half-life: the peg's recovery in a step without a depeg shock. */
    private final double[] pegDecay;
    /** [volatile asset][lane]: the step's independent normals. */
    private final double[][] independent;
    /**
     * [step % rows][asset][lane]: the prices of the last {@code rows} steps, as far back as the
     * loan books' oracles read (step 0, the initial prices, stays until step {@code rows} overwrites it).
     */
    private final double[][][] priceRows;
    /** [asset][lane]: USD of each asset sold in the current step; moves the next step's price. */
    final double[][] sales;

    MarketBlock(SimulationPlan plan, int lanes) {
        this.plan = plan;
        this.lanes = lanes;
        int n = plan.assetCount;
        logPrice = new double[n][lanes];
        pegRatio = new double[n][lanes];
        pegHalfLife = new double[n][lanes];
        pendingSales = new double[n][lanes];
        independent = new double[plan.volatileAssets.length][lanes];
        int delay = 0;
        for (int b = 0; b < plan.loanBooks.size(); b++) {
            delay = Math.max(delay, plan.loanBooks.get(b).oracleDelaySteps());
        }
        priceRows = new double[Math.min(plan.steps, delay) + 1][n][lanes];
        sales = new double[n][lanes];
        pegDecay = new double[n];
        for (int a = 0; a < n; a++) {
            pegDecay[a] = Math.pow(2.0, -plan.dt / plan.pegHalfLifeYears[a]);
        }
    }

    void reset() {
        for (int a = 0; a < plan.assetCount; a++) {
            java.util.Arrays.fill(logPrice[a], Math.log(plan.initialPrice[a]));
            java.util.Arrays.fill(pegRatio[a], 1.0);
            java.util.Arrays.fill(pegHalfLife[a], plan.pegHalfLifeYears[a]);
            java.util.Arrays.fill(pendingSales[a], 0);
            java.util.Arrays.fill(sales[a], 0);
            java.util.Arrays.fill(priceRows[0][a], plan.initialPrice[a]);
        }
    }

    /** [asset][lane]: the prices of {@code step} (0: initial), which must be one of the last rows kept. */
    double[][] prices(int step) {
        return priceRows[step % priceRows.length];
    }

    /** Moves every asset from step - 1 to step (1-based), applying last step's sales as impact. */
    void advance(int step, PathRandom[] random) {
        for (int a = 0; a < plan.assetCount; a++) {
            double[] pending = pendingSales[a];
            double[] sold = sales[a];
            for (int l = 0; l < lanes; l++) {
                pending[l] = sold[l];
                sold[l] = 0;
            }
        }
        moveVolatile(step, random);
        double[][] prices = prices(step);
        for (int a = 0; a < plan.assetCount; a++) {
            if (!plan.pegged[a]) {
                double[] log = logPrice[a];
                double[] price = prices[a];
                for (int l = 0; l < lanes; l++) {
                    price[l] = Math.exp(log[l]);
                }
            }
        }
        for (int a = 0; a < plan.assetCount; a++) {
            if (plan.pegged[a]) {
                double[] price = prices[a];
                double[] reference = plan.pegReference[a] < 0 ? null : prices[plan.pegReference[a]];
                for (int l = 0; l < lanes; l++) {
                    movePeg(step, a, l, random[l]);
                    price[l] = (reference == null ? 1.0 : reference[l]) * pegRatio[a][l];
                }
            }
        }
    }

    private void moveVolatile(int step, PathRandom[] random) {
        int[] vol = plan.volatileAssets;
        for (int k = 0; k < vol.length; k++) {
            double[] e = independent[k];
            for (int l = 0; l < lanes; l++) {
                e[l] = random[l].diffusion.nextGaussian();
            }
        }
        double[] shocks = plan.priceShocks[step - 1];
        for (int k = 0; k < vol.length; k++) {
            int a = vol[k];
            double[] row = plan.loadings[k];
            double drift = plan.logDriftPerStep[a];
            double volatility = plan.volSqrtDt[a];
            double jumpRate = plan.jumpRatePerStep[a];
            double noJump = plan.jumpProbabilityZero[a];
            double[] log = logPrice[a];
            for (int l = 0; l < lanes; l++) {
                double z = 0;
                for (int j = 0; j < vol.length; j++) {
                    z += row[j] * independent[j][l];
                }
                double jump = 0;
                int count = PathRandom.poisson(random[l].jumps, jumpRate, noJump);
                if (count > 0) {
                    jump = count * plan.meanLogJump[a] + Math.sqrt(count) * plan.stdevLogJump[a]
                            * random[l].jumps.nextGaussian();
                }
                log[l] += drift + volatility * z + jump + impact(a, l) + shocks[a];
            }
        }
    }

    private void movePeg(int step, int a, int l, PathRandom random) {
        double halfLife = pegHalfLife[a][l];
        // the same power as the precomputed one while no depeg shock has set another half-life
        double decay = halfLife == plan.pegHalfLifeYears[a] ? pegDecay[a] : Math.pow(2.0, -plan.dt / halfLife);
        double gap = (1.0 - pegRatio[a][l]) * decay;
        double ratio = 1.0 - gap;
        int count = PathRandom.poisson(random.jumps, plan.depegRatePerStep[a], plan.depegProbabilityZero[a]);
        for (int i = 0; i < count; i++) {
            double depth = -plan.depegMeanDepth[a] * Log1p.log1p(-random.jumps.nextDouble());
            ratio *= 1.0 - Math.min(0.99, depth);
        }
        double shift = impact(a, l) + plan.priceShocks[step - 1][a];
        if (shift != 0) { // exp(0) = 1 exactly: skipping it changes no bit
            ratio *= Math.exp(shift);
        }
        double shockDepth = plan.depegShockDepth[step - 1][a];
        if (shockDepth > 0) {
            ratio *= 1.0 - shockDepth;
            pegHalfLife[a][l] = plan.depegShockHalfLifeYears[step - 1][a];
        }
        pegRatio[a][l] = ratio;
    }

    /** ln(1 - min(0.99, q / D)) of last step's sales q, 0 without depth or sales. */
    private double impact(int a, int l) {
        double q = pendingSales[a][l];
        double depth = plan.marketDepth[a];
        if (q <= 0 || depth == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return Log1p.log1p(-(depth > 0 ? Math.min(0.99, q / depth) : 0.99));
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

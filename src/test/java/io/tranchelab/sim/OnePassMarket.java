package io.tranchelab.sim;

/**
 * {@link MarketBlock} as it was before its steps were split into passes (issue 13, fourth pass):
 * one expression per lane, kept as the reference {@code MarketBlockStepShapeTest} checks the
 * passes against. The market along each path of a block (docs/model.md §4): every asset's price by lane, the peg
 * ratios, and the market impact of each step's sales on the next. State is held as
 * {@code [asset][lane]} arrays, so each part of a step is a loop over the block's paths.
 */
final class OnePassMarket {

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
    /** [lane] scratch: one uniform per lane, the draw of a step's jump or depeg count. */
    private final double[] uniforms;
    /**
     * Each lane's (path's) streams of the diffusive shocks and of the jumps and depegs
     * ({@link PathRandom#DIFFUSION}, {@link PathRandom#JUMPS}), held here as arrays across the
     * lanes, so that a step's draws for all lanes are a pass over arrays.
     */
    private final LxmLanes diffusion;
    private final LxmLanes jumps;

    OnePassMarket(SimulationPlan plan, int lanes) {
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
        uniforms = new double[lanes];
        diffusion = new LxmLanes(lanes);
        jumps = new LxmLanes(lanes);
        pegDecay = new double[n];
        for (int a = 0; a < n; a++) {
            pegDecay[a] = Math.pow(2.0, -plan.dt / plan.pegHalfLifeYears[a]);
        }
    }

    /** Starts paths {@code firstPath ..} of a run with seed {@code seed} in the lanes: their streams and the initial market. */
    void reset(long seed, int firstPath) {
        for (int l = 0; l < lanes; l++) {
            diffusion.reseed(l, PathRandom.streamSeed(seed, firstPath + l, PathRandom.DIFFUSION));
            jumps.reseed(l, PathRandom.streamSeed(seed, firstPath + l, PathRandom.JUMPS));
        }
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

    /**
     * Moves every asset from step - 1 to step (1-based), applying last step's sales as impact.
     *
     * <p>Each lane draws from its own streams in the order it always did (per asset: the jump
     * count's uniform, then the jump's normal if any; per pegged asset: the depeg count's uniform,
     * then the depths), so each part of the step is shaped as two loops over the lanes: first one
     * uniform per lane, a tight loop of independent draws, then the arithmetic, where a draw
     * beyond that uniform (a jump, a depeg) is rare. The plan's per-asset figures are read into
     * locals before each lane loop: the loops store into double arrays, which the JIT cannot
     * tell apart from the plan's, so it would otherwise read them again for every lane.
     */
    void advance(int step) {
        for (int a = 0; a < plan.assetCount; a++) {
            // last step's sales become this step's impact; this step's start from nothing
            double[] sold = sales[a];
            sales[a] = pendingSales[a];
            pendingSales[a] = sold;
            java.util.Arrays.fill(sales[a], 0);
        }
        moveVolatile(step);
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
                movePeg(step, a, prices);
            }
        }
    }

    private void moveVolatile(int step) {
        int[] vol = plan.volatileAssets;
        for (int k = 0; k < vol.length; k++) {
            diffusion.nextGaussians(lanes, independent[k]);
        }
        double[] shocks = plan.priceShocks[step - 1];
        double[] u = uniforms;
        for (int k = 0; k < vol.length; k++) {
            int a = vol[k];
            double[] row = plan.loadings[k];
            double drift = plan.logDriftPerStep[a];
            double volatility = plan.volSqrtDt[a];
            double jumpRate = plan.jumpRatePerStep[a];
            double noJump = plan.jumpProbabilityZero[a];
            double meanJump = plan.meanLogJump[a];
            double stdevJump = plan.stdevLogJump[a];
            double depth = plan.marketDepth[a];
            double shock = shocks[a];
            double[] pending = pendingSales[a];
            double[] log = logPrice[a];
            boolean jumpDraws = PathRandom.poissonDraws(jumpRate);
            drawUniforms(jumpDraws, u);
            for (int l = 0; l < lanes; l++) {
                double z = 0;
                for (int j = 0; j < vol.length; j++) {
                    z += row[j] * independent[j][l];
                }
                double jump = 0;
                int count = jumpDraws ? PathRandom.poissonCount(u[l], jumpRate, noJump) : 0;
                if (count > 0) {
                    jump = count * meanJump + Math.sqrt(count) * stdevJump * jumps.nextGaussian(l);
                }
                log[l] += drift + volatility * z + jump + impact(pending[l], depth) + shock;
            }
        }
    }

    /** Fills {@code u} with one uniform of each lane's jump stream, if {@code draws}: the uniform of a Poisson count ({@link PathRandom#poissonDraws}). */
    private void drawUniforms(boolean draws, double[] u) {
        if (draws) {
            jumps.nextDoubles(lanes, u);
        }
    }

    /** Pegged asset {@code a}: its ratio to its reference recovers, depegs, takes impact and shocks; then its price. */
    private void movePeg(int step, int a, double[][] prices) {
        double[] ratios = pegRatio[a];
        double[] halfLives = pegHalfLife[a];
        double[] pending = pendingSales[a];
        double[] price = prices[a];
        double[] reference = plan.pegReference[a] < 0 ? null : prices[plan.pegReference[a]];
        double baseHalfLife = plan.pegHalfLifeYears[a];
        double baseDecay = pegDecay[a];
        double dt = plan.dt;
        double rate = plan.depegRatePerStep[a];
        double noDepeg = plan.depegProbabilityZero[a];
        double meanDepth = plan.depegMeanDepth[a];
        double depth = plan.marketDepth[a];
        double shock = plan.priceShocks[step - 1][a];
        double shockDepth = plan.depegShockDepth[step - 1][a];
        double shockHalfLife = plan.depegShockHalfLifeYears[step - 1][a];
        double[] u = uniforms;
        boolean depegDraws = PathRandom.poissonDraws(rate);
        drawUniforms(depegDraws, u);
        for (int l = 0; l < lanes; l++) {
            double halfLife = halfLives[l];
            // the same power as the precomputed one while no depeg shock has set another half-life
            double decay = halfLife == baseHalfLife ? baseDecay : Math.pow(2.0, -dt / halfLife);
            double gap = (1.0 - ratios[l]) * decay;
            double ratio = 1.0 - gap;
            int count = depegDraws ? PathRandom.poissonCount(u[l], rate, noDepeg) : 0;
            for (int i = 0; i < count; i++) {
                double depegDepth = -meanDepth * Log1p.log1p(-jumps.nextDouble(l));
                ratio *= 1.0 - Math.min(0.99, depegDepth);
            }
            double shift = impact(pending[l], depth) + shock;
            if (shift != 0) { // exp(0) = 1 exactly: skipping it changes no bit
                ratio *= Math.exp(shift);
            }
            if (shockDepth > 0) {
                ratio *= 1.0 - shockDepth;
                halfLives[l] = shockHalfLife;
            }
            ratios[l] = ratio;
            price[l] = (reference == null ? 1.0 : reference[l]) * ratio;
        }
    }

    /** ln(1 - min(0.99, q / D)) of last step's sales q of an asset of market depth D, 0 without depth or sales. */
    private static double impact(double q, double depth) {
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

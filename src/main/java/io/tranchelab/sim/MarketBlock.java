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
    /** Per pegged asset, the half-life its ratio recovers at: the same in every lane (a depeg shock sets it in all at once). */
    private final double[] pegHalfLife;
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
    /**
     * [lane] scratch: one long per lane, the draw of a step's jump or depeg count, whose top 53
     * bits make its uniform ({@link java.util.random.RandomGenerator#nextDouble()}'s
     * {@code (long >>> 11) * 2^-53}): compared as an integer, converted only in the lanes that jump.
     */
    private final long[] uniformBits;
    /** [lane] scratch of a volatile asset's step: its correlated normal, its jumps, last step's impact. */
    private final double[] correlated;
    private final double[] jumpSizes;
    private final double[] impacts;
    /** Scratch: the lanes a jump, a depeg or a sale touches in a step. */
    private final int[] listed;
    /**
     * Each lane's (path's) streams of the diffusive shocks and of the jumps and depegs
     * ({@link PathRandom#DIFFUSION}, {@link PathRandom#JUMPS}), held here as arrays across the
     * lanes, so that a step's draws for all lanes are a pass over arrays.
     */
    private final LxmLanes diffusion;
    private final LxmLanes jumps;

    MarketBlock(SimulationPlan plan, int lanes) {
        this.plan = plan;
        this.lanes = lanes;
        int n = plan.assetCount;
        logPrice = new double[n][lanes];
        pegRatio = new double[n][lanes];
        pegHalfLife = new double[n];
        pendingSales = new double[n][lanes];
        independent = new double[plan.volatileAssets.length][lanes];
        int delay = 0;
        for (int b = 0; b < plan.loanBooks.size(); b++) {
            delay = Math.max(delay, plan.loanBooks.get(b).oracleDelaySteps());
        }
        priceRows = new double[Math.min(plan.steps, delay) + 1][n][lanes];
        sales = new double[n][lanes];
        uniformBits = new long[lanes];
        correlated = new double[lanes];
        jumpSizes = new double[lanes];
        impacts = new double[lanes];
        listed = new int[lanes];
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
            pegHalfLife[a] = plan.pegHalfLifeYears[a];
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
     * then the depths), so each part of the step is shaped as passes over the lanes: first one
     * uniform's long per lane, a tight loop of independent draws; then the lanes whose draw goes
     * further (a jump, a depeg) or that sold, listed by a compare, a few, one by one; then the
     * arithmetic common to all lanes, in loops without branches or calls. The plan's per-asset
     * figures are read into locals before each lane loop: the loops store into double arrays,
     * which the JIT cannot tell apart from the plan's, so it would otherwise read them again for
     * every lane.
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

    /**
     * Every volatile asset's log price takes its step: drift, correlated diffusion, jumps, last
     * step's impact and the scenario's shock, added in that order. Shaped as passes over the lanes
     * so that the bulk of the arithmetic is loops without branches or calls, which the JIT
     * vectorizes: the correlated normals, then the jumps and the impact (each all zeros but for the
     * few lanes a jump or a sale touches, which are listed by a compare and worked out one by
     * one), then the sum. Each lane's figures are the same operations in the same order as one
     * expression per lane would give ({@code MarketBlockTest} checks the two side by side).
     */
    private void moveVolatile(int step) {
        int[] vol = plan.volatileAssets;
        for (int k = 0; k < vol.length; k++) {
            diffusion.nextGaussians(lanes, independent[k]);
        }
        double[] shocks = plan.priceShocks[step - 1];
        for (int k = 0; k < vol.length; k++) {
            int a = vol[k];
            correlate(plan.loadings[k], correlated);
            drawJumps(a, jumpSizes);
            impacts(pendingSales[a], plan.marketDepth[a], impacts);
            double drift = plan.logDriftPerStep[a];
            double volatility = plan.volSqrtDt[a];
            double shock = shocks[a];
            double[] log = logPrice[a];
            double[] z = correlated;
            double[] jump = jumpSizes;
            double[] impact = impacts;
            for (int l = 0; l < lanes; l++) {
                log[l] += drift + volatility * z[l] + jump[l] + impact[l] + shock;
            }
        }
    }

    /** {@code z[l]}: the lane's independent normals weighted by the asset's loadings {@code row}, summed from 0 in asset order. */
    private void correlate(double[] row, double[] z) {
        if (row.length == 0) {
            java.util.Arrays.fill(z, 0, lanes, 0.0);
            return;
        }
        double first = row[0];
        double[] firstNormals = independent[0];
        for (int l = 0; l < lanes; l++) {
            z[l] = 0.0 + first * firstNormals[l]; // the sum starts from 0: 0 + (-0) is +0
        }
        for (int j = 1; j < row.length; j++) {
            double weight = row[j];
            double[] normals = independent[j];
            for (int l = 0; l < lanes; l++) {
                z[l] += weight * normals[l];
            }
        }
    }

    /**
     * {@code jump[l]}: the sum of the lane's log jumps of volatile asset {@code a} in this step, 0
     * without a jump. Every lane draws its count's uniform; a count is positive exactly when the
     * uniform exceeds the probability of none ({@link PathRandom#poissonCount}'s first test), so
     * only those lanes, listed by a compare without a branch, count their jumps and draw a normal.
     */
    private void drawJumps(int a, double[] jump) {
        double rate = plan.jumpRatePerStep[a];
        if (!PathRandom.poissonDraws(rate)) {
            java.util.Arrays.fill(jump, 0, lanes, 0.0);
            return;
        }
        double noJump = plan.jumpProbabilityZero[a];
        double meanJump = plan.meanLogJump[a];
        double stdevJump = plan.stdevLogJump[a];
        long[] bits = uniformBits;
        jumps.nextLongs(lanes, bits);
        long none = PathRandom.uniformBitsAtMost(noJump);
        int[] jumping = listed;
        int count = 0;
        for (int l = 0; l < lanes; l++) {
            jump[l] = 0.0;
            jumping[count] = l;
            count += (bits[l] >>> 11) > none ? 1 : 0;
        }
        for (int i = 0; i < count; i++) {
            int l = jumping[i];
            int n = PathRandom.poissonCount((bits[l] >>> 11) * 0x1.0p-53, rate, noJump);
            jump[l] = n * meanJump + Math.sqrt(n) * stdevJump * jumps.nextGaussian(l);
        }
    }

    /** {@code impact[l]}: {@link #impact} of the lane's pending sales; 0 unless a lane sold (listed by a compare, NaN sales included). */
    private void impacts(double[] pending, double depth, double[] impact) {
        if (depth == Double.POSITIVE_INFINITY) {
            java.util.Arrays.fill(impact, 0, lanes, 0.0);
            return;
        }
        int[] selling = listed;
        int count = 0;
        for (int l = 0; l < lanes; l++) {
            impact[l] = 0.0;
            selling[count] = l;
            count += pending[l] <= 0 ? 0 : 1;
        }
        for (int i = 0; i < count; i++) {
            int l = selling[i];
            impact[l] = impact(pending[l], depth);
        }
    }

    /**
     * Pegged asset {@code a}: its ratio to its reference recovers, depegs, takes impact and
     * shocks; then its price. In passes over the lanes, as {@link #moveVolatile}: every lane's
     * recovery in a loop without a branch (the half-life is the same in every lane: a depeg shock
     * sets it in all of them at once), then the few lanes that depeg or sold, listed by a
     * compare, one by one, then the step's shock and the price for every lane. Each lane's ratio
     * is the same operations in the same order as one lane alone takes them
     * ({@code MarketBlockStepShapeTest}).
     */
    private void movePeg(int step, int a, double[][] prices) {
        double[] ratio = pegRatio[a];
        double halfLife = pegHalfLife[a];
        // the same power as the precomputed one while no depeg shock has set another half-life
        double decay = halfLife == plan.pegHalfLifeYears[a] ? pegDecay[a] : Math.pow(2.0, -plan.dt / halfLife);
        for (int l = 0; l < lanes; l++) {
            ratio[l] = 1.0 - (1.0 - ratio[l]) * decay;
        }
        depeg(a, ratio);
        takeImpact(a, plan.priceShocks[step - 1][a], ratio);
        double shockDepth = plan.depegShockDepth[step - 1][a];
        if (shockDepth > 0) {
            double kept = 1.0 - shockDepth;
            for (int l = 0; l < lanes; l++) {
                ratio[l] *= kept;
            }
            pegHalfLife[a] = plan.depegShockHalfLifeYears[step - 1][a];
        }
        double[] price = prices[a];
        if (plan.pegReference[a] < 0) {
            for (int l = 0; l < lanes; l++) {
                price[l] = 1.0 * ratio[l];
            }
        } else {
            double[] reference = prices[plan.pegReference[a]];
            for (int l = 0; l < lanes; l++) {
                price[l] = reference[l] * ratio[l];
            }
        }
    }

    /**
     * Pegged asset {@code a}'s depegs of the step into {@code ratio}: every lane draws its count's
     * uniform; the lanes whose count is positive (uniform above the probability of none), listed
     * by a compare, draw their depths, each a factor of the lane's ratio.
     */
    private void depeg(int a, double[] ratio) {
        double rate = plan.depegRatePerStep[a];
        if (!PathRandom.poissonDraws(rate)) {
            return;
        }
        double noDepeg = plan.depegProbabilityZero[a];
        double meanDepth = plan.depegMeanDepth[a];
        long[] bits = uniformBits;
        jumps.nextLongs(lanes, bits);
        int[] depegging = listed;
        int count = PathRandom.lanesAbove(bits, lanes, noDepeg, depegging);
        for (int i = 0; i < count; i++) {
            int l = depegging[i];
            int n = PathRandom.poissonCount((bits[l] >>> 11) * 0x1.0p-53, rate, noDepeg);
            for (int k = 0; k < n; k++) {
                double depegDepth = -meanDepth * Log1p.log1p(-jumps.nextDouble(l));
                ratio[l] *= 1.0 - Math.min(0.99, depegDepth);
            }
        }
    }

    /**
     * A pegged asset's ratio takes {@code exp(impact + shock)}, skipped where that sum is 0
     * ({@code exp(0) = 1} exactly). A lane that sold nothing (or with no depth to move) has an
     * impact of 0, so without a shock (all but a scenario's few steps) only the lanes that sold,
     * listed by a compare, have anything to take.
     */
    private void takeImpact(int a, double shock, double[] ratio) {
        double[] pending = pendingSales[a];
        double depth = plan.marketDepth[a];
        if (shock != 0) { // a shock step (0 + shock != 0 exactly when shock != 0): every lane takes it, as one alone would
            for (int l = 0; l < lanes; l++) {
                double shift = impact(pending[l], depth) + shock;
                if (shift != 0) {
                    ratio[l] *= Math.exp(shift);
                }
            }
            return;
        }
        if (depth == Double.POSITIVE_INFINITY) {
            return;
        }
        int[] selling = listed;
        int count = 0;
        for (int l = 0; l < lanes; l++) {
            selling[count] = l;
            count += pending[l] <= 0 ? 0 : 1;
        }
        for (int i = 0; i < count; i++) {
            int l = selling[i];
            double shift = impact(pending[l], depth) + shock;
            if (shift != 0) {
                ratio[l] *= Math.exp(shift);
            }
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

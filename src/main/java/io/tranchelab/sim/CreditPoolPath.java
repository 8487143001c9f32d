package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;

import java.util.List;

/**
 * The pool's credit lines along each path of a block (one-factor Gaussian copula). The systemic
 * factor Y belongs to the path, not to the step: it is drawn once when the path starts, and given
 * Y a line defaults before the horizon with {@code p_T(Y) = Phi((Phi^-1(PD_T) - sqrt(rho) Y) /
 * sqrt(1 - rho))}, spread over the steps at a constant conditional hazard (per step
 * {@code q = 1 - (1 - p_T(Y))^(1/steps)}). So the defaults over the horizon given Y are
 * binomial(lines, p_T(Y)) whatever the steps per year, and a large pool's horizon loss has
 * Vasicek's distribution (docs/model.md §5.3).
 *
 * <p>A line tied to the market (its {@code marketTie}, correlation rho_m with a volatile
 * asset) uses {@code Y = rho_m W + sqrt(1 - rho_m^2) E} instead, W the asset's standardized
 * diffusive shock over the horizon (the sum of its per-step normals over sqrt(steps)) and E
 * the path's systemic draw: Y is still standard normal, so the line's loss distribution is
 * unchanged, but a crash of the asset comes with more defaults. W is known when the path
 * starts from a replay of the diffusion stream: the defaults stay spread over the steps.
 *
 * <p>Between two defaults a line's survivors and step probability stay the same, and so do the
 * binomial's {@code (1 - q)^survivors} and the interest: both are kept per line and path and
 * recomputed only when a line defaults (the same numbers, computed once instead of every step).
 *
 * <p>A scored line whose score migrates (docs/model.md §5.4) changes its threshold at the steps
 * where its score changes band: from then on its step probability is that of the new threshold
 * with the path's same factor. Lines that do not migrate keep no factor and never look. A line
 * whose borrowers miss payments spreads them over score states ({@link ScoreStatePath}, §5.4.1),
 * which draw its defaults; this class books them as it books any line's.
 */
final class CreditPoolPath {

    private final int lanes;
    private final int steps;
    private final double dt;
    private final long[] lineCount;
    private final double[] horizonThreshold;
    /** [line][step - 1] for a migrating line, null for the others. */
    private final double[][] thresholdByStep;
    /** [line][lane] the path's factor Y, kept for migrating lines only (null for the others). */
    private final double[][] factor;
    private final double[] principalPerLine;
    private final double[] rate;
    private final double[] lossGivenDefault;
    private final double[] sqrtRho;
    private final double[] sqrtOneMinusRho;
    /** [line][lane] */
    private final long[][] survivors;
    /** [line][lane]: this path's default probability per step given its systemic factor. */
    private final double[][] stepProbability;
    /** [line][lane]: {@code (1 - q)^survivors} when the binomial draws by inversion, and the step's interest. */
    private final double[][] noDefault;
    private final double[][] interest;
    /**
     * [lane] the lines' mark, {@link #value}: it changes only when a line defaults, so it is
     * summed again then (over every line, in line order: the same sum) instead of every step.
     */
    private final double[] markedValue;

    private final int[] marketRow;
    private final double[] marketCorrelation;
    private final double[][] loadings;
    private final boolean tiedToMarket;
    /** Per independent diffusion normal, its sum over the path (filled when a line is tied). */
    private final double[] diffusionTotals;
    /** [line] its borrowers' score states when they miss payments (§5.4.1), null for the others. */
    private final ScoreStatePath[] scoreStates;
    /** [lane] scratch: a line's defaults of the step, from its score states. */
    private final long[] stateDefaults;
    /** [lane] scratch: a line's uniforms of the step, drawn for every lane at once, and the lanes where it defaults. */
    private final double[] uniforms;
    private final int[] defaultLanes;

    CreditPoolPath(SimulationPlan plan, int lanes) {
        List<CreditLine> lines = plan.creditLines;
        this.lanes = lanes;
        this.steps = plan.steps;
        this.dt = plan.dt;
        this.horizonThreshold = plan.creditLineHorizonThreshold;
        this.thresholdByStep = plan.creditLineThresholdByStep;
        this.marketRow = plan.creditLineMarketAsset;
        this.marketCorrelation = plan.creditLineMarketCorrelation;
        this.loadings = plan.loadings;
        this.tiedToMarket = java.util.Arrays.stream(marketRow).anyMatch(row -> row >= 0);
        this.diffusionTotals = new double[plan.volatileAssets.length];
        int n = lines.size();
        lineCount = new long[n];
        principalPerLine = new double[n];
        rate = new double[n];
        lossGivenDefault = new double[n];
        sqrtRho = new double[n];
        sqrtOneMinusRho = new double[n];
        survivors = new long[n][lanes];
        stepProbability = new double[n][lanes];
        noDefault = new double[n][lanes];
        interest = new double[n][lanes];
        markedValue = new double[lanes];
        factor = new double[n][];
        scoreStates = new ScoreStatePath[n];
        stateDefaults = new long[lanes];
        uniforms = new double[lanes];
        defaultLanes = new int[lanes];
        for (int c = 0; c < n; c++) {
            if (plan.creditLineScoreStates[c] != null) { // borrowers that miss payments (§5.4.1)
                scoreStates[c] = new ScoreStatePath(plan.creditLineScoreStates[c], lanes);
            }
            if (thresholdByStep[c] != null) {
                factor[c] = new double[lanes];
            }
            CreditLine line = lines.get(c);
            lineCount[c] = line.lines();
            principalPerLine[c] = line.principal() / line.lines();
            rate[c] = line.rate();
            lossGivenDefault[c] = line.lossGivenDefault();
            sqrtRho[c] = Math.sqrt(line.assetCorrelation());
            sqrtOneMinusRho[c] = Math.sqrt(1 - line.assetCorrelation());
        }
    }

    /** Starts lane {@code l}'s path: every line alive, and the path's systemic factor drawn. */
    void reset(int l, PathRandom random) {
        if (survivors.length == 0) {
            return;
        }
        double systemic = random.creditFactor();
        if (tiedToMarket) {
            random.diffusionTotals(steps, diffusionTotals);
        }
        for (int c = 0; c < survivors.length; c++) {
            survivors[c][l] = lineCount[c];
            double y = marketRow[c] < 0 ? systemic : tiedFactor(c, systemic);
            if (factor[c] != null) {
                factor[c][l] = y;
            }
            if (scoreStates[c] != null) { // borrowers that miss payments (§5.4.1)
                scoreStates[c].reset(l, random, y, lineCount[c]);
            }
            stepProbability[c][l] = stepProbability(horizonThreshold[c], c, y);
            survivorsChanged(c, l);
        }
    }

    /** Given the factor y, a line with this threshold defaults in a step with this probability (§5.3). */
    private double stepProbability(double threshold, int c, double y) {
        return stepProbability(threshold, sqrtRho[c], sqrtOneMinusRho[c], y, steps);
    }

    /** {@code 1 - (1 - Phi((threshold - sqrt(rho) y) / sqrt(1 - rho)))^(1/steps)} (§5.3). */
    static double stepProbability(double threshold, double sqrtRho, double sqrtOneMinusRho, double y, int steps) {
        double horizonPd = Normal.cdf((threshold - sqrtRho * y) / sqrtOneMinusRho);
        return -Math.expm1(Log1p.log1p(-horizonPd) / steps);
    }

    /** A migrating line whose score changed band before this step: its survivors' new step probability. */
    private void migrate(int c, int step) {
        double[] thresholds = thresholdByStep[c];
        if (thresholds == null || step < 2 || thresholds[step - 1] == thresholds[step - 2]) {
            return;
        }
        for (int l = 0; l < lanes; l++) {
            stepProbability[c][l] = stepProbability(thresholds[step - 1], c, factor[c][l]);
            survivorsChanged(c, l);
        }
    }

    /** rho_m W + sqrt(1 - rho_m^2) E, W the tied asset's horizon shock scaled to unit variance. */
    private double tiedFactor(int c, double systemic) {
        double[] row = loadings[marketRow[c]];
        double sum = 0;
        double norm = 0;
        for (int j = 0; j < row.length; j++) {
            sum += row[j] * diffusionTotals[j];
            norm += row[j] * row[j];
        }
        // the row's norm is 1 for a valid correlation matrix; dividing by it keeps W standard anyway
        double horizonShock = norm > 0 ? sum / Math.sqrt(norm * steps) : 0;
        double rhoM = marketCorrelation[c];
        return rhoM * horizonShock + Math.sqrt(1 - rhoM * rhoM) * systemic;
    }

    private void survivorsChanged(int c, int l) {
        long n = survivors[c][l];
        double p = stepProbability[c][l];
        noDefault[c][l] = PathRandom.drawsByInversion(n, p) ? Math.pow(1 - p, n) : Double.NaN;
        interest[c][l] = rate[c] * n * principalPerLine[c] * dt;
        markedValue[l] = sumOfLines(l);
    }

    /**
     * Step {@code step} (from 1) of every lane.
     *
     * <p>A line whose every lane draws its defaults by inversion (the usual case: one uniform per
     * lane, nothing else) is stepped in bulk ({@link #stepInBulk}) when the paths hold their
     * events streams as arrays ({@link PathRandom#sharedEvents}). Otherwise each lane draws for
     * itself, in lane order.
     */
    void step(int step, PathRandom[] random, BlockFlows flows) {
        LxmLanes shared = survivors.length == 0 ? null : PathRandom.sharedEvents(random, lanes);
        for (int c = 0; c < survivors.length; c++) {
            migrate(c, step);
            ScoreStatePath states = scoreStates[c];
            if (states != null) { // borrowers that miss payments: defaults per score state (§5.4.1)
                states.step(step, random, stateDefaults);
            }
            if (states == null && shared != null && everyLaneDrawsByInversion(noDefault[c])) {
                stepInBulk(c, shared, flows);
                continue;
            }
            long[] alive = survivors[c];
            double[] p = stepProbability[c];
            double[] zero = noDefault[c];
            for (int l = 0; l < lanes; l++) {
                long n = alive[l];
                long defaults = states != null ? stateDefaults[l]
                        : Double.isNaN(zero[l]) ? PathRandom.binomial(random[l].events, n, p[l])
                        : PathRandom.binomialByInversion(random[l].events, n, p[l], zero[l]);
                if (defaults > 0) {
                    defaulted(c, l, defaults, flows);
                }
                // no default adds 0 to sums that are never -0: leaving them is the same to the bit
                flows.income[l] += interest[c][l];
            }
        }
    }

    /**
     * Line {@code c}'s step when every lane draws by inversion: the step's uniforms of all lanes in
     * one pass over the streams' arrays (each lane's stream gives the uniform it would have drawn
     * alone), then the lanes with a default listed (inversion finds none exactly when the uniform is
     * at most {@code (1 - q)^survivors}, and every lane here has survivors), their defaults counted
     * from their uniforms and booked, and then every lane's interest added, the survivors' as they
     * stand after the step's defaults, as the lane-by-lane loop adds it. Each lane's sums see the
     * same additions in the same order; the loops over every lane have no branch.
     */
    private void stepInBulk(int c, LxmLanes shared, BlockFlows flows) {
        double[] u = uniforms;
        shared.nextDoubles(lanes, u);
        double[] zero = noDefault[c];
        int hit = 0;
        for (int l = 0; l < lanes; l++) {
            defaultLanes[hit] = l;
            hit += u[l] > zero[l] ? 1 : 0;
        }
        long[] alive = survivors[c];
        double[] p = stepProbability[c];
        for (int k = 0; k < hit; k++) {
            int l = defaultLanes[k];
            defaulted(c, l, PathRandom.binomialByInversion(u[l], alive[l], p[l], zero[l]), flows);
        }
        double[] income = flows.income;
        double[] due = interest[c];
        for (int l = 0; l < lanes; l++) {
            income[l] += due[l];
        }
    }

    /** Books {@code defaults > 0} defaults of line {@code c} in lane {@code l}: losses, recoveries, and the survivors' new figures. */
    private void defaulted(int c, int l, long defaults, BlockFlows flows) {
        survivors[c][l] -= defaults;
        double defaulted = defaults * principalPerLine[c];
        flows.losses[l] += defaulted * lossGivenDefault[c];
        flows.defaultedPrincipal[l] += defaulted;
        flows.creditLosses[l] += defaulted * lossGivenDefault[c];
        flows.principalCash[l] += defaulted * (1 - lossGivenDefault[c]);
        survivorsChanged(c, l);
    }

    /** Whether every lane of a line draws by inversion this step ({@code noDefault} is NaN where it does not). */
    private boolean everyLaneDrawsByInversion(double[] noDefault) {
        boolean all = true;
        for (int l = 0; l < lanes; l++) {
            all &= noDefault[l] == noDefault[l];
        }
        return all;
    }

    /** The score states of line c (§5.4.1), null when its borrowers keep one score. */
    ScoreStatePath scoreStates(int c) {
        return scoreStates[c];
    }

    /** Lines not defaulted, at par: their mark, and what they repay at the horizon; lane {@code l}. */
    double value(int l) {
        return markedValue[l];
    }

    /** The mark of lane {@code l}'s lines as they stand (lines that a reset has not reached yet count as before). */
    private double sumOfLines(int l) {
        double value = 0;
        for (int c = 0; c < survivors.length; c++) {
            value += survivors[c][l] * principalPerLine[c];
        }
        return value;
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;

import java.util.List;

/**
 * The pool's credit lines along a path (one-factor Gaussian copula). The systemic factor Y
 * belongs to the path, not to the step: it is drawn once when the path starts, and given Y a
 * line defaults before the horizon with {@code p_T(Y) = Phi((Phi^-1(PD_T) - sqrt(rho) Y) /
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
 */
final class CreditPoolPath {

    private final List<CreditLine> lines;
    private final double[] horizonThreshold;
    private final int steps;
    private final double[] principalPerLine;
    private final double[] sqrtRho;
    private final double[] sqrtOneMinusRho;
    private final long[] survivors;
    /** Per line, this path's default probability per step given its systemic factor. */
    private final double[] stepProbability;

    private final int[] marketRow;
    private final double[] marketCorrelation;
    private final double[][] loadings;
    private final boolean tiedToMarket;
    /** Per independent diffusion normal, its sum over the path (filled when a line is tied). */
    private final double[] diffusionTotals;

    CreditPoolPath(SimulationPlan plan) {
        this.lines = plan.creditLines;
        this.horizonThreshold = plan.creditLineHorizonThreshold;
        this.steps = plan.steps;
        this.marketRow = plan.creditLineMarketAsset;
        this.marketCorrelation = plan.creditLineMarketCorrelation;
        this.loadings = plan.loadings;
        this.tiedToMarket = java.util.Arrays.stream(marketRow).anyMatch(row -> row >= 0);
        this.diffusionTotals = new double[plan.volatileAssets.length];
        int n = lines.size();
        principalPerLine = new double[n];
        sqrtRho = new double[n];
        sqrtOneMinusRho = new double[n];
        survivors = new long[n];
        stepProbability = new double[n];
        for (int c = 0; c < n; c++) {
            CreditLine line = lines.get(c);
            principalPerLine[c] = line.principal() / line.lines();
            sqrtRho[c] = Math.sqrt(line.assetCorrelation());
            sqrtOneMinusRho[c] = Math.sqrt(1 - line.assetCorrelation());
        }
    }

    /** Starts a path: every line alive, and the path's systemic factor drawn. */
    void reset(PathRandom random) {
        if (survivors.length == 0) {
            return;
        }
        double systemic = random.creditFactor();
        if (tiedToMarket) {
            random.diffusionTotals(steps, diffusionTotals);
        }
        for (int c = 0; c < survivors.length; c++) {
            survivors[c] = lines.get(c).lines();
            double factor = marketRow[c] < 0 ? systemic : tiedFactor(c, systemic);
            double horizonPd = Normal.cdf((horizonThreshold[c] - sqrtRho[c] * factor) / sqrtOneMinusRho[c]);
            stepProbability[c] = -Math.expm1(Math.log1p(-horizonPd) / steps);
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

    void step(PathRandom random, double dt, StepFlows flows) {
        for (int c = 0; c < survivors.length; c++) {
            CreditLine line = lines.get(c);
            long defaults = PathRandom.binomial(random.events, survivors[c], stepProbability[c]);
            survivors[c] -= defaults;
            double defaulted = defaults * principalPerLine[c];
            flows.losses += defaulted * line.lossGivenDefault();
            flows.defaultedPrincipal += defaulted;
            flows.creditLosses += defaulted * line.lossGivenDefault();
            flows.principalCash += defaulted * (1 - line.lossGivenDefault());
            flows.income += line.rate() * survivors[c] * principalPerLine[c] * dt;
        }
    }

    /** Lines not defaulted, at par: their mark, and what they repay at the horizon. */
    double value() {
        double value = 0;
        for (int c = 0; c < survivors.length; c++) {
            value += survivors[c] * principalPerLine[c];
        }
        return value;
    }
}

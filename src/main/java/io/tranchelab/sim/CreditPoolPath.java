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
 * Vasicek's distribution (docs/model-notes/credit.md).
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

    CreditPoolPath(List<CreditLine> lines, double[] horizonThreshold, int steps) {
        this.lines = lines;
        this.horizonThreshold = horizonThreshold;
        this.steps = steps;
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
        for (int c = 0; c < survivors.length; c++) {
            survivors[c] = lines.get(c).lines();
            double horizonPd = Normal.cdf((horizonThreshold[c] - sqrtRho[c] * systemic) / sqrtOneMinusRho[c]);
            stepProbability[c] = -Math.expm1(Math.log1p(-horizonPd) / steps);
        }
    }

    void step(PathRandom random, double dt, StepFlows flows) {
        for (int c = 0; c < survivors.length; c++) {
            CreditLine line = lines.get(c);
            long defaults = PathRandom.binomial(random.events, survivors[c], stepProbability[c]);
            survivors[c] -= defaults;
            double defaulted = defaults * principalPerLine[c];
            flows.losses += defaulted * line.lossGivenDefault();
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

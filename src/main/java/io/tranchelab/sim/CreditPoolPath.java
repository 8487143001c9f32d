package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;

import java.util.List;

/**
 * The pool's credit lines along a path: one systemic factor per step shared by every line
 * (one-factor Gaussian copula), binomial defaults given the factor.
 */
final class CreditPoolPath {

    private final List<CreditLine> lines;
    private final double[] stepThreshold;
    private final double[] principalPerLine;
    private final double[] sqrtRho;
    private final double[] sqrtOneMinusRho;
    private final long[] survivors;

    CreditPoolPath(List<CreditLine> lines, double[] stepThreshold) {
        this.lines = lines;
        this.stepThreshold = stepThreshold;
        int n = lines.size();
        principalPerLine = new double[n];
        sqrtRho = new double[n];
        sqrtOneMinusRho = new double[n];
        survivors = new long[n];
        for (int c = 0; c < n; c++) {
            CreditLine line = lines.get(c);
            principalPerLine[c] = line.principal() / line.lines();
            sqrtRho[c] = Math.sqrt(line.assetCorrelation());
            sqrtOneMinusRho[c] = Math.sqrt(1 - line.assetCorrelation());
        }
    }

    void reset() {
        for (int c = 0; c < survivors.length; c++) {
            survivors[c] = lines.get(c).lines();
        }
    }

    void step(PathRandom random, double dt, StepFlows flows) {
        if (survivors.length == 0) {
            return;
        }
        double systemic = random.events.nextGaussian();
        for (int c = 0; c < survivors.length; c++) {
            CreditLine line = lines.get(c);
            double conditionalPd = Normal.cdf((stepThreshold[c] - sqrtRho[c] * systemic) / sqrtOneMinusRho[c]);
            long defaults = PathRandom.binomial(random.events, survivors[c], conditionalPd);
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

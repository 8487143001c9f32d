package io.tranchelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Exact expected tranche losses of a one-factor Gaussian copula credit pool, by numerical
 * integration over the systemic factor y ~ N(0, 1): Simpson's rule with steps of at most 0.01
 * on [-9, 9], split where the large-pool payoff has a kink (the pool loss crossing the
 * attachment or detachment point), so that the rule sees only smooth pieces.
 */
final class VasicekPool {

    private static final double RANGE = 9;
    private static final double MAX_STEP = 0.01;

    private VasicekPool() {
    }

    /**
     * Expected loss of the tranche [attachment, detachment] of the pool, as a fraction of the
     * tranche's size. {@code lines = 0} is the large-pool limit (the default fraction given y is
     * q(y)); otherwise the number of defaults given y is binomial(lines, q(y)).
     */
    static double expectedTrancheLoss(double pd, double rho, double lgd, double attachment, double detachment,
                                      int lines) {
        double threshold = NormalReference.inverseCdf(pd);
        DoubleUnaryOperator conditionalPd = y -> NormalReference.cdf((threshold - Math.sqrt(rho) * y) / Math.sqrt(1 - rho));
        DoubleUnaryOperator integrand = y -> {
            double q = conditionalPd.applyAsDouble(y);
            double payoff = lines == 0
                    ? trancheLoss(lgd * q, attachment, detachment)
                    : binomialMean(lines, q, lgd, attachment, detachment);
            return payoff * NormalReference.density(y);
        };
        List<Double> cuts = new ArrayList<>(List.of(-RANGE, RANGE));
        for (double point : new double[] {attachment, detachment}) {
            double fraction = point / lgd;
            if (fraction > 0 && fraction < 1) {
                // q(y) = fraction  <=>  y = (Phi^-1(p) - sqrt(1 - rho) Phi^-1(fraction)) / sqrt(rho)
                double y = (threshold - Math.sqrt(1 - rho) * NormalReference.inverseCdf(fraction)) / Math.sqrt(rho);
                if (Math.abs(y) < RANGE) {
                    cuts.add(y);
                }
            }
        }
        cuts.sort(Double::compare);
        double total = 0;
        for (int i = 0; i + 1 < cuts.size(); i++) {
            total += simpson(integrand, cuts.get(i), cuts.get(i + 1));
        }
        return total;
    }

    /**
     * P(pool loss > x), the pool loss being LGD times the default fraction. Large pool
     * ({@code lines = 0}): Vasicek's closed form {@code 1 - Phi((sqrt(1 - rho) Phi^-1(x / LGD) -
     * Phi^-1(p)) / sqrt(rho))}. Finite pool: the binomial tail given y, integrated over y.
     */
    static double probabilityLossAbove(double pd, double rho, double lgd, double x, int lines) {
        double threshold = NormalReference.inverseCdf(pd);
        if (lines == 0) {
            return 1 - NormalReference.cdf(
                    (Math.sqrt(1 - rho) * NormalReference.inverseCdf(x / lgd) - threshold) / Math.sqrt(rho));
        }
        long mostDefaultsAtOrBelow = (long) Math.floor(x / lgd * lines);
        DoubleUnaryOperator integrand = y -> {
            double q = NormalReference.cdf((threshold - Math.sqrt(rho) * y) / Math.sqrt(1 - rho));
            return binomialTailAbove(lines, q, mostDefaultsAtOrBelow) * NormalReference.density(y);
        };
        return simpson(integrand, -RANGE, RANGE);
    }

    /** P(Binomial(n, q) > k). */
    private static double binomialTailAbove(int n, double q, long k) {
        if (q <= 0) {
            return 0;
        }
        if (q >= 1) {
            return k < n ? 1 : 0;
        }
        double logQ = Math.log(q);
        double logNotQ = Math.log1p(-q);
        double logChoose = 0;
        double tail = 0;
        for (int j = 1; j <= n; j++) {
            logChoose += Math.log((double) (n - j + 1) / j);
            if (j > k) {
                tail += Math.exp(logChoose + j * logQ + (n - j) * logNotQ);
            }
        }
        return tail;
    }

    static double trancheLoss(double poolLoss, double attachment, double detachment) {
        return Math.min(Math.max(poolLoss - attachment, 0), detachment - attachment) / (detachment - attachment);
    }

    private static double simpson(DoubleUnaryOperator f, double from, double to) {
        int intervals = 2 * (int) Math.ceil((to - from) / (2 * MAX_STEP));
        if (intervals == 0) {
            return 0;
        }
        double h = (to - from) / intervals;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < intervals; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(from + i * h);
        }
        return sum * h / 3;
    }

    private static double binomialMean(int n, double q, double lgd, double attachment, double detachment) {
        if (q <= 0) {
            return trancheLoss(0, attachment, detachment);
        }
        if (q >= 1) {
            return trancheLoss(lgd, attachment, detachment);
        }
        double logQ = Math.log(q);
        double logNotQ = Math.log1p(-q);
        double logChoose = 0; // ln C(n, k), updated as k grows
        double mean = 0;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                logChoose += Math.log((double) (n - k + 1) / k);
            }
            double probability = Math.exp(logChoose + k * logQ + (n - k) * logNotQ);
            mean += probability * trancheLoss(lgd * k / n, attachment, detachment);
        }
        return mean;
    }
}

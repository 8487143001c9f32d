package io.tranchelab.design;

import io.tranchelab.sim.Quantiles;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * Prices a tranche token for secondary trading from its dated cash flows per path
 * (docs/model.md §14.9). Yields are continuously compounded annual rates:
 * cash {@code c} at time {@code t} years is worth {@code c e^(-y t)} today. The price per 1.00 of
 * principal at a yield is the mean over paths of each path's discounted cash over the initial
 * principal; the yield at a price is the yield whose mean price it is (Brent on the mean price,
 * which falls strictly as the yield rises), and each path's own yield at that price gives its
 * percentiles.
 */
public final class TranchePricer {

    /** Yields searched: -5,000 % to +5,000 % a year, continuously compounded; a path with no cash has no yield (-infinity). */
    static final double LOWEST_YIELD = -50;
    static final double HIGHEST_YIELD = 50;
    /** Yields to 1e-10 (a millionth of a basis point). */
    static final double YIELD_ACCURACY = 1e-10;
    private static final int MAX_EVALUATIONS = 500;

    private TranchePricer() {
    }

    /** The price per 1.00 of principal at {@code yield}: the mean over paths and its 5th, 50th and 95th percentiles. */
    public static Distribution priceAt(TrancheCashFlows cash, double yield) {
        double[] discounts = discounts(cash.times(), yield);
        double[] prices = new double[cash.paths()];
        for (int p = 0; p < prices.length; p++) {
            prices[p] = presentValue(cash.flows()[p], discounts) / cash.principal();
        }
        return Distribution.of(prices);
    }

    /**
     * The yield at which the mean price is {@code price}, and the percentiles of each path's own
     * yield at that price (a path with no cash has none: -infinity). NaN when no yield in the
     * searched range gives the price (a tranche that receives nothing on any path).
     */
    public static Distribution yieldAt(TrancheCashFlows cash, double price) {
        if (!(price > 0)) {
            throw new IllegalArgumentException("price must be positive, was " + price);
        }
        double mean = solveYield(y -> meanPrice(cash, y) - price);
        double[] yields = new double[cash.paths()];
        for (int p = 0; p < yields.length; p++) {
            double[] flows = cash.flows()[p];
            double scaled = price * cash.principal();
            yields[p] = solveYield(y -> presentValue(flows, discounts(cash.times(), y)) - scaled);
            if (Double.isNaN(yields[p])) {
                // no root in the range: the path's cash is worth less than the price even at the lowest
                // yield (nothing received: -infinity) or more at the highest
                yields[p] = presentValue(flows, discounts(cash.times(), HIGHEST_YIELD)) > scaled
                        ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
        }
        Distribution perPath = Distribution.of(yields);
        return new Distribution(mean, perPath.p5(), perPath.p50(), perPath.p95());
    }

    /** The mean of {@link #priceAt} alone, without the percentiles' sort: Brent evaluates it many times. */
    static double meanPrice(TrancheCashFlows cash, double yield) {
        double[] discounts = discounts(cash.times(), yield);
        double sum = 0;
        for (double[] flows : cash.flows()) {
            sum += presentValue(flows, discounts);
        }
        return sum / cash.paths() / cash.principal();
    }

    /** {@code sum flows[s] discounts[s]}. */
    static double presentValue(double[] flows, double[] discounts) {
        double value = 0;
        for (int s = 0; s < flows.length; s++) {
            value += flows[s] * discounts[s];
        }
        return value;
    }

    static double[] discounts(double[] times, double yield) {
        double[] d = new double[times.length];
        for (int s = 0; s < times.length; s++) {
            d[s] = Math.exp(-yield * times[s]);
        }
        return d;
    }

    /** The root of a function falling in the yield, or NaN when the searched range holds none. */
    private static double solveYield(UnivariateFunction excess) {
        double low = excess.value(LOWEST_YIELD);
        double high = excess.value(HIGHEST_YIELD);
        if (low == 0) {
            return LOWEST_YIELD;
        }
        if (high == 0) {
            return HIGHEST_YIELD;
        }
        if (!(low > 0 && high < 0)) {
            return Double.NaN;
        }
        return new BracketingNthOrderBrentSolver(0, YIELD_ACCURACY, 0, 5)
                .solve(MAX_EVALUATIONS, excess, LOWEST_YIELD, HIGHEST_YIELD, 0.05,
                        org.hipparchus.analysis.solvers.AllowedSolution.ANY_SIDE);
    }

    /**
     * A figure over paths: the mean (for a yield, the yield of the mean price) and the 5th, 50th
     * and 95th percentiles, with docs/model.md §8.1's quantile (the k-th smallest, k = ceil(p n)).
     */
    public record Distribution(double mean, double p5, double p50, double p95) {

        static Distribution of(double[] values) {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            double[] sorted = Quantiles.sortedCopy(values);
            return new Distribution(sum / values.length, Quantiles.ofSorted(sorted, 0.05),
                    Quantiles.ofSorted(sorted, 0.50), Quantiles.ofSorted(sorted, 0.95));
        }
    }
}

package io.tranchelab.design;

import org.hipparchus.distribution.continuous.TDistribution;

import java.util.List;

/**
 * The spread of an answer over seeds (docs/model.md §14.8, "The Monte Carlo interval"): the
 * answer re-solved on each seed, their mean and standard deviation, and a 95 % interval for the
 * answer an infinite number of paths would give: {@code mean ± t(0.975, n - 1) sd / sqrt(n) +
 * tolerance}, the tolerance added because each seed's answer is itself only located to it.
 *
 * @param answers the answer on each seed that found one (a seed whose target held over the whole
 *                range, or never, has none: {@code seedsWithoutCrossing} counts them)
 */
public record MonteCarloInterval(List<Double> answers, int seedsWithoutCrossing, double mean,
                                 double standardDeviation, double low, double high) {

    static final double LEVEL = 0.95;

    public MonteCarloInterval {
        answers = List.copyOf(answers);
    }

    static MonteCarloInterval of(List<Double> answers, int seedsWithoutCrossing, double tolerance) {
        int n = answers.size();
        if (n == 0) {
            return new MonteCarloInterval(answers, seedsWithoutCrossing, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double mean = answers.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = answers.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum();
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        // one seed gives no spread: the interval is then only the search's own tolerance
        double half = (n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2) * sd
                / Math.sqrt(n) : 0) + tolerance;
        return new MonteCarloInterval(answers, seedsWithoutCrossing, mean, sd, mean - half, mean + half);
    }

    /** Whether {@code value} lies in the interval. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}

package io.tranchelab.design;

import io.tranchelab.sim.IdealizedLossTable;
import io.tranchelab.sim.ImpliedRating;

import java.util.Locale;

/**
 * What the analyst wants to hold: the metric at most {@code limit} (for losses, bad debt) or at
 * least {@code limit} (for returns), named for people ("EL at most 0.50 %", "rating BBB or better").
 */
public record Target(String label, double limit, boolean atMost) {

    /** Holds when the metric is at most {@code limit}. */
    public static Target atMost(double limit, MetricUnit unit) {
        return new Target("at most " + unit.format(limit), limit, true);
    }

    /** Holds when the metric is at least {@code limit}. */
    public static Target atLeast(double limit, MetricUnit unit) {
        return new Target("at least " + unit.format(limit), limit, false);
    }

    /**
     * A default-rate-equivalent rating (docs/model.md §8.8) over the horizon: the expected loss at
     * most that grade's allowance ({@link ImpliedRating#DEFAULT_RATE_EQUIVALENT}).
     *
     * @throws IllegalArgumentException naming the rating and listing the grades
     */
    public static Target rating(String rating, double horizonYears) {
        IdealizedLossTable table = ImpliedRating.DEFAULT_RATE_EQUIVALENT;
        int index = table.ratings().indexOf(rating.toUpperCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException("unknown rating '" + rating + "'; the grades are "
                    + String.join(", ", table.ratings()));
        }
        return new Target("rating " + table.ratings().get(index) + " or better", table.threshold(index, horizonYears),
                true);
    }

    public boolean holds(double value) {
        return atMost ? value <= limit : value >= limit;
    }
}

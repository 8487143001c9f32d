package io.tranchelab.sim;

import java.util.List;

/**
 * A rating agency's idealized cumulative expected-loss rates: for each rating (best first) the
 * expected loss, as a fraction of principal, that the rating allows over 1, 2, ..., n years.
 * Between and beyond those whole years the threshold comes from {@link #threshold}
 * (docs/ratings.md §2.2).
 *
 * <p>Rows must rise strictly from one rating to the next worse one at every horizon, and never
 * fall as the horizon grows: that is what makes the rating monotonic in the loss.
 */
public final class IdealizedLossTable {

    private final List<String> ratings;
    private final double[][] lossByRatingAndYear;
    private final String worseThanEveryRating;

    /**
     * @param ratings              rating symbols, best first
     * @param lossByRatingAndYear  [rating][year - 1], cumulative expected loss as a fraction
     * @param worseThanEveryRating the symbol for a loss above the worst row (Moody's "Ca")
     */
    public IdealizedLossTable(List<String> ratings, double[][] lossByRatingAndYear, String worseThanEveryRating) {
        this.ratings = List.copyOf(ratings);
        this.lossByRatingAndYear = copyOf(lossByRatingAndYear);
        this.worseThanEveryRating = worseThanEveryRating;
        checkShape();
        checkMonotone();
    }

    public List<String> ratings() {
        return ratings;
    }

    public String worseThanEveryRating() {
        return worseThanEveryRating;
    }

    public int years() {
        return lossByRatingAndYear[0].length;
    }

    /** The published value for a whole number of years (1..{@link #years()}). */
    public double loss(int ratingIndex, int year) {
        return lossByRatingAndYear[ratingIndex][year - 1];
    }

    /**
     * The idealized loss of a rating over {@code horizonYears}: linear between the neighbouring
     * whole years; below one year the one-year value scaled by the horizon (a loss that builds up
     * evenly from zero); beyond the last year {@code 1 - (1 - L_n)^(T / n)}, the loss that the
     * longest published horizon's rate, compounded, would reach. That stays below total loss and
     * keeps the ratings in order however long the horizon (a plain {@code L_n * T / n} would pass
     * 100 % and rate a total loss investment grade over a long enough horizon).
     */
    public double threshold(int ratingIndex, double horizonYears) {
        if (!(horizonYears > 0) || Double.isInfinite(horizonYears)) {
            throw new IllegalArgumentException("horizon must be a positive number of years, was " + horizonYears);
        }
        double[] row = lossByRatingAndYear[ratingIndex];
        int last = row.length;
        if (horizonYears <= 1) {
            return row[0] * horizonYears;
        }
        if (horizonYears > last) {
            return 1 - Math.pow(1 - row[last - 1], horizonYears / last);
        }
        int lower = (int) Math.floor(horizonYears);
        double weight = horizonYears - lower;
        // at a whole year (including the last) the published value itself, not a rounded blend
        return weight == 0 ? row[lower - 1] : row[lower - 1] + weight * (row[lower] - row[lower - 1]);
    }

    private void checkShape() {
        if (ratings.isEmpty() || ratings.size() != lossByRatingAndYear.length) {
            throw new IllegalArgumentException("need one row of losses per rating, got "
                    + lossByRatingAndYear.length + " rows for " + ratings.size() + " ratings");
        }
        int years = lossByRatingAndYear[0].length;
        for (int r = 0; r < ratings.size(); r++) {
            if (years == 0 || lossByRatingAndYear[r].length != years) {
                throw new IllegalArgumentException("rating " + ratings.get(r) + " needs " + years + " yearly losses");
            }
        }
    }

    private void checkMonotone() {
        for (int r = 0; r < ratings.size(); r++) {
            double[] row = lossByRatingAndYear[r];
            for (int y = 0; y < row.length; y++) {
                if (!(row[y] >= 0 && row[y] <= 1)) {
                    throw new IllegalArgumentException(ratings.get(r) + " year " + (y + 1) + ": loss must be in [0, 1]");
                }
                if (y > 0 && row[y] < row[y - 1]) {
                    throw new IllegalArgumentException(ratings.get(r) + " year " + (y + 1)
                            + ": cumulative loss falls with the horizon");
                }
                if (r > 0 && row[y] <= lossByRatingAndYear[r - 1][y]) {
                    throw new IllegalArgumentException(ratings.get(r) + " year " + (y + 1)
                            + ": loss must exceed the better rating " + ratings.get(r - 1) + "'s");
                }
            }
        }
    }

    private static double[][] copyOf(double[][] table) {
        double[][] copy = new double[table.length][];
        for (int r = 0; r < table.length; r++) {
            copy[r] = table[r].clone();
        }
        return copy;
    }
}

package io.tranchelab.sim;

import java.util.List;

/**
 * A tranche's default-rate-equivalent rating (docs/model.md §8.8, docs/ratings.md §2): the best
 * grade whose allowance over the horizon is at least the tranche's expected loss, against an
 * {@link IdealizedLossTable}. Moody's published idealized expected-loss table could not be
 * transcribed from a citable copy, so the table used is built from S&P's one-year default rates,
 * and the result is named for what it is, not an expected-loss rating.
 *
 * <p>The scale keeps its own copy of the S&P figures on purpose: the borrowers' score-to-PD table
 * ({@code model.CreditScoreTable}) is an input a structure may replace or a later version may
 * re-band, and neither must move the yardstick the tranches are rated against.
 */
public final class ImpliedRating {

    /** S&P grades, best first. */
    private static final List<String> GRADES = List.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC/C");

    /**
     * Average one-year default rates per grade, as fractions: S&P Global Ratings, 2024 Annual
     * Global Corporate Default And Rating Transition Study (27 March 2025), Table 24, year 1
     * (docs/ratings.md §2.3). AAA's observed 0.00 % is taken as 0.01 %: at zero only a tranche
     * that loses on no simulated path at all could rate AAA, so the top grade would depend on the
     * number of paths rather than on the structure.
     */
    private static final double[] ONE_YEAR_DEFAULT_RATE = {0.0001, 0.0002, 0.0005, 0.0014, 0.0056, 0.0293, 0.2612};
    private static final int YEARS = 10;

    /** The symbol for an expected loss above the CCC/C allowance. */
    public static final String BELOW_EVERY_GRADE = "below CCC";

    /**
     * The table the results are rated against: each S&P grade allows, over T years,
     * {@code 1 - (1 - PD1)^T}, the loss of a bond of that grade if every default were total,
     * PD1 its average one-year default rate. An expected loss is compared with a default
     * probability, so a grade here reads "loses no more on average than a grade-g bond with no
     * recovery would".
     */
    public static final IdealizedLossTable DEFAULT_RATE_EQUIVALENT = defaultRateEquivalent();

    private ImpliedRating() {
    }

    /** The default-rate-equivalent rating: against {@link #DEFAULT_RATE_EQUIVALENT}. */
    public static String forExpectedLoss(double expectedLoss, double horizonYears) {
        return forExpectedLoss(expectedLoss, horizonYears, DEFAULT_RATE_EQUIVALENT);
    }

    private static IdealizedLossTable defaultRateEquivalent() {
        double[][] rows = new double[GRADES.size()][YEARS];
        for (int g = 0; g < rows.length; g++) {
            for (int year = 1; year <= YEARS; year++) {
                rows[g][year - 1] = -Math.expm1(year * Math.log1p(-ONE_YEAR_DEFAULT_RATE[g]));
            }
        }
        return new IdealizedLossTable(GRADES, rows, BELOW_EVERY_GRADE);
    }

    /**
     * @param expectedLoss mean principal loss / initial principal, in [0, 1]
     * @param horizonYears the horizon the loss was measured over, > 0
     */
    public static String forExpectedLoss(double expectedLoss, double horizonYears, IdealizedLossTable table) {
        if (Double.isNaN(expectedLoss) || expectedLoss < 0 || expectedLoss > 1) {
            throw new IllegalArgumentException("expected loss must be in [0, 1], was " + expectedLoss);
        }
        for (int r = 0; r < table.ratings().size(); r++) {
            // the threshold check also validates the horizon, so it runs even for a zero loss
            if (table.threshold(r, horizonYears) >= expectedLoss) {
                return table.ratings().get(r);
            }
        }
        return table.worseThanEveryRating();
    }
}

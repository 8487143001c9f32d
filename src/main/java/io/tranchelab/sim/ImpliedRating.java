package io.tranchelab.sim;

import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.ScoreBand;

import java.util.Comparator;
import java.util.List;

/**
 * The rating a tranche's expected loss over the horizon implies against an idealized
 * expected-loss table (docs/ratings.md): the best rating whose idealized loss at that horizon is
 * at least the tranche's expected loss.
 */
public final class ImpliedRating {

    /** The S&P grades behind {@link CreditScoreTable#DEFAULT}, best first. */
    private static final List<String> GRADES = List.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC/C");
    private static final int YEARS = 10;

    /**
     * The table the workbench rates against until Moody's idealized expected-loss table is
     * transcribed (docs/ratings.md): each S&P grade allows, over T years, the loss a bond of
     * that grade would suffer if every default were total, {@code 1 - (1 - PD1)^T} with PD1 the
     * grade's average one-year default rate. Expected loss is compared with a default
     * probability, so a rating here reads "no worse than a grade-g bond with no recovery".
     */
    public static final IdealizedLossTable DEFAULT_RATE_EQUIVALENT = defaultRateEquivalent();

    private ImpliedRating() {
    }

    /** The rating against {@link #DEFAULT_RATE_EQUIVALENT}. */
    public static String forExpectedLoss(double expectedLoss, double horizonYears) {
        return forExpectedLoss(expectedLoss, horizonYears, DEFAULT_RATE_EQUIVALENT);
    }

    private static IdealizedLossTable defaultRateEquivalent() {
        List<ScoreBand> bestFirst = CreditScoreTable.DEFAULT.stream()
                .sorted(Comparator.comparingInt(ScoreBand::minScore).reversed())
                .toList();
        double[][] rows = new double[GRADES.size()][YEARS];
        for (int g = 0; g < rows.length; g++) {
            double pd = bestFirst.get(g).annualDefaultProbability();
            for (int year = 1; year <= YEARS; year++) {
                rows[g][year - 1] = 1 - Math.pow(1 - pd, year);
            }
        }
        return new IdealizedLossTable(GRADES, rows, "below CCC");
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

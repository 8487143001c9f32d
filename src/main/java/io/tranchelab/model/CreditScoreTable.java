package io.tranchelab.model;

import java.util.Comparator;
import java.util.List;

/**
 * The score-to-annual-PD table for CREDIT_LINE positions: reputation scores 0..1000 in bands,
 * each band mapped to a rating grade and that grade's long-run average one-year default rate.
 *
 * <p>Source of {@link #DEFAULT}: S&P Global Ratings, "Default, Transition, and Recovery: 2024
 * Annual Global Corporate Default And Rating Transition Study" (27 March 2025), Table 24,
 * "Global corporate average cumulative default rates, 1981-2024", year-1 column. See
 * docs/ratings.md §1 for the band-to-grade mapping and the AAA floor, docs/model.md §2.7 for its use.
 */
public final class CreditScoreTable {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 1000;

    /**
     * Bands best first. AAA's observed one-year rate is 0.00 % (no AAA issuer defaulted within a
     * year in 1981-2024); it is floored at 0.01 % because a zero PD would make the line
     * default-proof in the simulation, and 0.01 % stays below AA's 0.02 %, so PD still rises
     * strictly as the score falls.
     */
    public static final List<ScoreBand> DEFAULT = List.of(
            new ScoreBand(900, 0.0001),   // AAA: 0.00 % observed, floored
            new ScoreBand(800, 0.0002),   // AA: 0.02 %
            new ScoreBand(700, 0.0005),   // A: 0.05 %
            new ScoreBand(600, 0.0014),   // BBB: 0.14 %
            new ScoreBand(500, 0.0056),   // BB: 0.56 %
            new ScoreBand(400, 0.0293),   // B: 2.93 %
            new ScoreBand(0, 0.2612));    // CCC/C: 26.12 %

    private CreditScoreTable() {
    }

    /**
     * The annual default probability of a borrower with this score: that of the band with the
     * largest {@code minScore <= score}. An empty (or null) table means {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException if the score is outside 0..1000 or below every band
     */
    public static double annualDefaultProbability(int score, List<ScoreBand> table) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException(
                    "credit score " + score + " is outside " + MIN_SCORE + ".." + MAX_SCORE);
        }
        List<ScoreBand> bands = table == null || table.isEmpty() ? DEFAULT : table;
        return bands.stream()
                .filter(band -> band.minScore() <= score)
                .max(Comparator.comparingInt(ScoreBand::minScore))
                .orElseThrow(() -> new IllegalArgumentException(
                        "credit score " + score + " is below every band of the score table"))
                .annualDefaultProbability();
    }
}

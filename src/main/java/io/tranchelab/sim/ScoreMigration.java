package io.tranchelab.sim;

import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.Scorecard;

/**
 * How a scored cohort's score moves over the horizon (docs/model.md §5.4). Every surviving line
 * of the cohort keeps the same history: by the end of step k (time {@code t = k dt}) it has made
 * {@code floor(repaymentsPerYear t)} more repayments and its account is {@code 365 t} days older,
 * so the score used for the defaults of step k + 1 is the scorecard's score of that history. A
 * line that defaults leaves the cohort, and its score with it: the survivors' score does not
 * depend on who defaulted, so the migration is the same on every path.
 */
public final class ScoreMigration {

    /** Absorbs the rounding of {@code repaymentsPerYear * k * dt} just below a whole number. */
    private static final double WHOLE_TOLERANCE = 1e-9;

    private ScoreMigration() {
    }

    /** {@code [k]}: the score of the cohort's survivors during step k + 1 (k = 0: the score at the start). */
    public static int[] scoresByStep(BorrowerHistory start, Scorecard scorecard, int steps, double dt) {
        int[] scores = new int[steps];
        for (int k = 0; k < steps; k++) {
            scores[k] = scorecard.score(after(start, k * dt));
        }
        return scores;
    }

    /** The history at time {@code t} years into the horizon. */
    public static BorrowerHistory after(BorrowerHistory start, double t) {
        return start.after(dueBy(start, t), 365.0 * t);
    }

    /** The payments fallen due by time {@code t} years into the horizon: {@code floor(repaymentsPerYear t)}. */
    public static int dueBy(BorrowerHistory start, double t) {
        return (int) Math.floor(start.repaymentsPerYear() * t + WHOLE_TOLERANCE);
    }

    /**
     * The history at time {@code t} of a borrower that has missed {@code missed} of the payments
     * due by then and made the others (§5.4.1); {@code missed = 0} is {@link #after(BorrowerHistory, double)}.
     */
    public static BorrowerHistory after(BorrowerHistory start, double t, int missed) {
        return start.after(dueBy(start, t) - missed, missed, 365.0 * t);
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Structure;

/**
 * The score states of a credit line whose borrowers miss payments (docs/model.md §5.4.1),
 * compiled once per run. A surviving borrower's state is {@code m}, the payments it has missed
 * since the start of the horizon: by the end of step k, {@code due(k) = floor(repaymentsPerYear k dt)}
 * payments have fallen due, it has made {@code due(k) - m} of them and missed {@code m}, and its
 * account is {@code 365 k dt} days older, so its score is the scorecard's score of that history
 * and its default threshold that score's (table, then credit stress). The states are numbered by
 * misses, not by score, because two borrowers with the same score today can part later only if
 * their histories differ; the misses are all that differs.
 */
final class ScoreStates {

    final BorrowerHistory start;
    final Scorecard scorecard;
    final int steps;
    final double dt;
    /** [k] the payments due by the end of step k, k = 0..steps. */
    final int[] due;
    final double missProbability;
    final double sqrtRho;
    final double sqrtOneMinusRho;
    /** [score] the stressed horizon threshold of a borrower with that score (0..1000). */
    private final double[] thresholdByScore;

    private ScoreStates(CreditLine line, Structure structure, Scenario scenario, int steps, double dt,
                        double horizonYears) {
        this.start = line.history().orElseThrow();
        this.scorecard = structure.scorecard();
        this.steps = steps;
        this.dt = dt;
        this.missProbability = start.missedPaymentProbability();
        this.sqrtRho = Math.sqrt(line.assetCorrelation());
        this.sqrtOneMinusRho = Math.sqrt(1 - line.assetCorrelation());
        due = new int[steps + 1];
        for (int k = 0; k <= steps; k++) {
            due[k] = ScoreMigration.dueBy(start, k * dt);
        }
        // every score a state can reach, at the price of one table look-up and Phi^-1 each: cheaper
        // than tabulating (step, state) pairs, of which a long horizon has millions
        thresholdByScore = new double[CreditScoreTable.MAX_SCORE + 1];
        for (int score = 0; score <= CreditScoreTable.MAX_SCORE; score++) {
            double pd = CreditScoreTable.annualDefaultProbability(score, structure.creditScoreTable());
            thresholdByScore[score] = CreditStress.horizonThreshold(pd, horizonYears, line.assetCorrelation(),
                    scenario);
        }
    }

    /** The states of this line, or null when its borrowers keep one score (no history, a PD given, no misses). */
    static ScoreStates of(CreditLine line, Structure structure, Scenario scenario, int steps, double dt,
                          double horizonYears) {
        boolean spreads = line.annualDefaultProbability().isEmpty()
                && line.history().map(BorrowerHistory::missesPayments).orElse(false);
        return spreads ? new ScoreStates(line, structure, scenario, steps, dt, horizonYears) : null;
    }

    /** The states of a line scored from a history (one state when nothing is missed); null for the others. */
    static ScoreStates ofHistory(CreditLine line, Structure structure, Scenario scenario) {
        if (!isScoredFromHistory(line)) {
            return null;
        }
        return new ScoreStates(line, structure, scenario, structure.simulation().steps(),
                structure.simulation().dt(), structure.simulation().horizonYears());
    }

    /** Whether the line's PD comes from its history's score (no PD stated instead). */
    static boolean isScoredFromHistory(CreditLine line) {
        return line.history().isPresent() && line.annualDefaultProbability().isEmpty();
    }

    /** The most states a path can reach: every payment of the horizon missed, plus none. */
    int stateCount() {
        return due[steps] + 1;
    }

    /** The score of state m after step k (k = 0: at the start), the one step k + 1's defaults use. */
    int score(int k, int m) {
        return scorecard.score(ScoreMigration.after(start, k * dt, m));
    }

    double threshold(int k, int m) {
        return thresholdByScore[score(k, m)];
    }

    /** The horizon default threshold of a borrower with this score (the table's PD, stressed). */
    double thresholdOfScore(int score) {
        return thresholdByScore[score];
    }
}

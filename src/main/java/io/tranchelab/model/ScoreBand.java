package io.tranchelab.model;

/** One row of a score-to-PD table: scores at or above {@code minScore} (up to the next band) have this PD. */
public record ScoreBand(int minScore, double annualDefaultProbability) {
}

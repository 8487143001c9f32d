package io.tranchelab.model;

import java.util.List;

/**
 * A credit line's score and annual PD at the start of the horizon (docs/model.md §2.7, §2.9): a
 * PD given directly wins (a history then only documents the borrowers: nothing migrates); otherwise the score, from the borrowers' history through the
 * structure's scorecard when the line has one, else the stated {@code creditScore}, gives the PD
 * through the score table.
 */
public final class CreditScoring {

    private CreditScoring() {
    }

    /** The line's score: computed from its history when it has one, else as stated. */
    public static int score(CreditLine line, Scorecard scorecard) {
        return line.history().map(scorecard::score).orElse(line.creditScore());
    }

    public static double annualDefaultProbability(CreditLine line, Structure structure) {
        if (line.annualDefaultProbability().isPresent()) {
            return line.annualDefaultProbability().getAsDouble();
        }
        return CreditScoreTable.annualDefaultProbability(score(line, structure.scorecard()),
                structure.creditScoreTable());
    }

    /**
     * Whether the structure's scorecard means anything to it, and so is written, validated and
     * offered to design tools: it is not the default, or a credit line has a history.
     */
    public static boolean usesScorecard(Structure structure) {
        return !structure.scorecard().equals(Scorecard.DEFAULT) || hasHistory(structure.positions());
    }

    private static boolean hasHistory(List<Position> positions) {
        return positions.stream().anyMatch(p -> p instanceof CreditLine line && line.history().isPresent());
    }
}

package io.tranchelab.ui.edit;

import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Position;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits of scored credit lines (docs/model.md §2.9). A line scored from a history keeps its
 * stated {@code creditScore} equal to the scorecard's score, so the file says the score the run
 * uses and turning the history off keeps it.
 */
public final class ScoringEdits {

    /**
     * What "score from history" starts from: a year-old account with a dozen repayments, no
     * liquidation, 150 % collateral, repaying monthly (635 under the default scorecard).
     */
    public static final BorrowerHistory STARTING_HISTORY = new BorrowerHistory(12, 0, 365, 1.5, 12);

    private ScoringEdits() {
    }

    public static Structure withHistory(Structure s, int index, BorrowerHistory history) {
        return StructureEdits.replacePosition(s, index, p -> scored((CreditLine) p, history, s.scorecard()));
    }

    /** The line scored from {@link #STARTING_HISTORY}, or back to its stated score when it had a history. */
    public static Structure toggleHistory(Structure s, int index) {
        CreditLine line = (CreditLine) s.positions().get(index);
        if (line.history().isPresent()) {
            return StructureEdits.replacePosition(s, index, p -> line.withHistory(Optional.empty()));
        }
        return withHistory(s, index, STARTING_HISTORY);
    }

    /** The scorecard replaced, and every scored line's stated score brought in line with it. */
    public static Structure withScorecard(Structure s, Scorecard card) {
        List<Position> positions = new ArrayList<>();
        for (Position p : s.positions()) {
            positions.add(p instanceof CreditLine line && line.history().isPresent()
                    ? scored(line, line.history().get(), card) : p);
        }
        return s.withScorecard(card).withPositions(positions);
    }

    private static CreditLine scored(CreditLine line, BorrowerHistory history, Scorecard card) {
        return line.withHistory(Optional.of(history)).withCreditScore(card.score(history));
    }
}

package io.tranchelab.model;

/** Checks the scorecard and the credit lines' borrower histories (docs/model.md §2.9, format.md "Ranges"). */
final class ScoringRules {

    private static final Range WEIGHT = Range.closed(-Limits.MAX_SCORECARD_WEIGHT, Limits.MAX_SCORECARD_WEIGHT);

    private ScoringRules() {
    }

    static void checkScorecard(Structure structure, Checks checks) {
        if (!CreditScoring.usesScorecard(structure)) {
            return;
        }
        Scorecard card = structure.scorecard();
        checks.number("/scorecard/intercept", card.intercept(), WEIGHT);
        checks.number("/scorecard/perRepayment", card.perRepayment(), WEIGHT);
        checks.number("/scorecard/perLiquidation", card.perLiquidation(), WEIGHT);
        checks.number("/scorecard/perYearOfAge", card.perYearOfAge(), WEIGHT);
        checks.number("/scorecard/perCollateralRatio", card.perCollateralRatio(), WEIGHT);
        checks.number("/scorecard/baseScore", card.baseScore(), Range.closed(0, Limits.MAX_CREDIT_SCORE));
        checks.number("/scorecard/baseOdds", card.baseOdds(), Range.aboveUpTo(0, 1e9));
        checks.number("/scorecard/pointsToDoubleOdds", card.pointsToDoubleOdds(),
                Range.aboveUpTo(0, Limits.MAX_CREDIT_SCORE));
    }

    static void checkHistory(CreditLine line, String pointer, Checks checks) {
        line.history().ifPresent(h -> {
            String at = pointer + "/history";
            checks.whole(at + "/repayments", h.repayments(), 0, Limits.MAX_HISTORY_COUNT);
            checks.whole(at + "/liquidations", h.liquidations(), 0, Limits.MAX_HISTORY_COUNT);
            checks.number(at + "/accountAgeDays", h.accountAgeDays(), Range.closed(0, Limits.MAX_ACCOUNT_AGE_DAYS));
            checks.number(at + "/meanCollateralRatio", h.meanCollateralRatio(),
                    Range.closed(0, Limits.MAX_COLLATERAL_RATIO));
            checks.number(at + "/repaymentsPerYear", h.repaymentsPerYear(),
                    Range.closed(0, Limits.MAX_REPAYMENTS_PER_YEAR));
        });
    }
}

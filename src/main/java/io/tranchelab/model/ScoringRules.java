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
        checks.number("/scorecard/perMissedPayment", card.perMissedPayment(), WEIGHT);
        checkMissablePayments(structure, checks);
    }

    /**
     * A line whose borrowers miss payments has a score state per payment that can be missed
     * (docs/model.md §5.4.1); their number over the horizon is bounded so that a block's states
     * stay a few megabytes.
     */
    private static void checkMissablePayments(Structure structure, Checks checks) {
        double years = structure.simulation().horizonYears();
        for (int i = 0; i < structure.positions().size(); i++) {
            if (structure.positions().get(i) instanceof CreditLine line && line.history().isPresent()
                    && line.history().get().missesPayments() && line.annualDefaultProbability().isEmpty()) {
                double payments = Math.floor(line.history().get().repaymentsPerYear() * years + 1e-9);
                if (payments > Limits.MAX_MISSABLE_PAYMENTS) {
                    checks.report("/positions/" + i + "/history/repaymentsPerYear", "is "
                            + Numbers.show(line.history().get().repaymentsPerYear()) + " a year over a "
                            + Numbers.show(years) + "-year horizon: " + Numbers.show(payments)
                            + " payments, above the " + Limits.MAX_MISSABLE_PAYMENTS + " a line whose borrowers miss"
                            + " payments may owe (each missed payment is a score state); lower it, or set"
                            + " missedPaymentProbability to 0");
                }
            }
        }
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
            checks.whole(at + "/missedPayments", h.missedPayments(), 0, Limits.MAX_HISTORY_COUNT);
            checks.number(at + "/missedPaymentProbability", h.missedPaymentProbability(), Range.closed(0, 1));
        });
    }
}

package io.tranchelab.model;

/**
 * A logistic credit scorecard (docs/model.md §2.9): the log-odds that a borrower does not default
 * within a year are linear in the features of its on-chain history,
 *
 * <pre>z = intercept + perRepayment r + perLiquidation l + perYearOfAge (ageDays / 365) + perCollateralRatio c
 *     + perMissedPayment m</pre>
 *
 * and the score is scaled in points to double the odds (the industry's "PDO" convention):
 * {@code score = baseScore + pointsToDoubleOdds / ln 2 * (z - ln baseOdds)}, rounded to the
 * nearest whole score (halves up) and kept within 0..1000. The score then gives the PD through
 * the score table (§2.7): the scorecard ranks, the table calibrates.
 *
 * <p>{@link #DEFAULT} is illustrative, not fitted to data: its weights are set so that a year-old
 * account with a dozen repayments, no liquidation and 150 % collateral scores in the BBB band
 * (600-699), each liquidation costs about a grade and 60 points double the odds.
 */
public record Scorecard(double intercept, double perRepayment, double perLiquidation, double perYearOfAge,
                        double perCollateralRatio, double baseScore, double baseOdds, double pointsToDoubleOdds,
                        double perMissedPayment) {

    public static final Scorecard DEFAULT = new Scorecard(4.0, 0.08, -1.2, 0.5, 1.0, 600, 700, 60);

    /**
     * A card that does not read missed payments ({@code perMissedPayment} 0): a miss then costs a
     * borrower only the repayment it did not make (§5.4.1).
     */
    public Scorecard(double intercept, double perRepayment, double perLiquidation, double perYearOfAge,
                     double perCollateralRatio, double baseScore, double baseOdds, double pointsToDoubleOdds) {
        this(intercept, perRepayment, perLiquidation, perYearOfAge, perCollateralRatio, baseScore, baseOdds,
                pointsToDoubleOdds, 0);
    }

    /** The log-odds of no default within a year. */
    public double logOdds(BorrowerHistory h) {
        return intercept + perRepayment * h.repayments() + perLiquidation * h.liquidations()
                + perYearOfAge * (h.accountAgeDays() / 365.0) + perCollateralRatio * h.meanCollateralRatio()
                // last, so that a card or history without misses adds +0.0 and every score stays to the bit
                + perMissedPayment * h.missedPayments();
    }

    /** The points one missed payment adds (negative when the card penalizes it), before rounding. */
    public double pointsPerMissedPayment() {
        return pointsToDoubleOdds / Math.log(2) * perMissedPayment;
    }

    /** The score before rounding and clamping. */
    public double rawScore(BorrowerHistory h) {
        return baseScore + pointsToDoubleOdds / Math.log(2) * (logOdds(h) - Math.log(baseOdds));
    }

    /** The whole score 0..1000 of this history. */
    public int score(BorrowerHistory h) {
        double raw = rawScore(h);
        if (!(raw > CreditScoreTable.MIN_SCORE)) {
            return CreditScoreTable.MIN_SCORE; // NaN too: a history the validator let through cannot give one
        }
        return (int) Math.min(CreditScoreTable.MAX_SCORE, Math.floor(raw + 0.5));
    }

    public Scorecard withIntercept(double v) {
        return new Scorecard(v, perRepayment, perLiquidation, perYearOfAge, perCollateralRatio, baseScore, baseOdds,
                pointsToDoubleOdds, perMissedPayment);
    }

    public Scorecard withPerRepayment(double v) {
        return new Scorecard(intercept, v, perLiquidation, perYearOfAge, perCollateralRatio, baseScore, baseOdds,
                pointsToDoubleOdds, perMissedPayment);
    }

    public Scorecard withPerLiquidation(double v) {
        return new Scorecard(intercept, perRepayment, v, perYearOfAge, perCollateralRatio, baseScore, baseOdds,
                pointsToDoubleOdds, perMissedPayment);
    }

    public Scorecard withPerYearOfAge(double v) {
        return new Scorecard(intercept, perRepayment, perLiquidation, v, perCollateralRatio, baseScore, baseOdds,
                pointsToDoubleOdds, perMissedPayment);
    }

    public Scorecard withPerCollateralRatio(double v) {
        return new Scorecard(intercept, perRepayment, perLiquidation, perYearOfAge, v, baseScore, baseOdds,
                pointsToDoubleOdds, perMissedPayment);
    }

    public Scorecard withBaseScore(double v) {
        return new Scorecard(intercept, perRepayment, perLiquidation, perYearOfAge, perCollateralRatio, v, baseOdds,
                pointsToDoubleOdds, perMissedPayment);
    }

    public Scorecard withBaseOdds(double v) {
        return new Scorecard(intercept, perRepayment, perLiquidation, perYearOfAge, perCollateralRatio, baseScore, v,
                pointsToDoubleOdds, perMissedPayment);
    }

    public Scorecard withPointsToDoubleOdds(double v) {
        return new Scorecard(intercept, perRepayment, perLiquidation, perYearOfAge, perCollateralRatio, baseScore,
                baseOdds, v, perMissedPayment);
    }

    public Scorecard withPerMissedPayment(double v) {
        return new Scorecard(intercept, perRepayment, perLiquidation, perYearOfAge, perCollateralRatio, baseScore,
                baseOdds, pointsToDoubleOdds, v);
    }
}

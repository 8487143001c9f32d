package io.tranchelab.model;

/**
 * A credit-line cohort's on-chain history, the features of the logistic scorecard
 * (docs/model.md §2.9), and how it migrates over the horizon (§5.4).
 *
 * @param repayments               loans repaid on time so far
 * @param liquidations             times the borrower's collateral was liquidated
 * @param accountAgeDays           days since the account's first transaction
 * @param meanCollateralRatio      collateral value over debt, averaged over the account's history (1.8 = 180 %)
 * @param repaymentsPerYear        repayments each surviving line owes per year of the horizon: its
 *                                 score migrates up as they are made (0: only the account ages)
 * @param missedPayments           payments missed so far (a scorecard feature, §2.9; 0 in a history
 *                                 stated before misses were modelled)
 * @param missedPaymentProbability the chance that a surviving borrower misses a payment when it falls
 *                                 due, each borrower and payment independently (§5.4.1); 0, the default,
 *                                 keeps the cohort on one score: every survivor repays on schedule
 */
public record BorrowerHistory(int repayments, int liquidations, double accountAgeDays, double meanCollateralRatio,
                              double repaymentsPerYear, int missedPayments, double missedPaymentProbability) {

    /** A history with no missed payment and none to come: the cohort migrates as one (§5.4). */
    public BorrowerHistory(int repayments, int liquidations, double accountAgeDays, double meanCollateralRatio,
                           double repaymentsPerYear) {
        this(repayments, liquidations, accountAgeDays, meanCollateralRatio, repaymentsPerYear, 0, 0);
    }

    /** The history after {@code made} more repayments and {@code days} more days. */
    public BorrowerHistory after(int made, double days) {
        return after(made, 0, days);
    }

    /** The history after {@code made} more repayments, {@code missed} more missed payments and {@code days} more days. */
    public BorrowerHistory after(int made, int missed, double days) {
        return new BorrowerHistory(repayments + made, liquidations, accountAgeDays + days, meanCollateralRatio,
                repaymentsPerYear, missedPayments + missed, missedPaymentProbability);
    }

    /** Whether its borrowers spread over scores as some miss payments (§5.4.1). */
    public boolean missesPayments() {
        return missedPaymentProbability > 0 && repaymentsPerYear > 0;
    }

    public BorrowerHistory withRepayments(int value) {
        return new BorrowerHistory(value, liquidations, accountAgeDays, meanCollateralRatio, repaymentsPerYear,
                missedPayments, missedPaymentProbability);
    }

    public BorrowerHistory withLiquidations(int value) {
        return new BorrowerHistory(repayments, value, accountAgeDays, meanCollateralRatio, repaymentsPerYear,
                missedPayments, missedPaymentProbability);
    }

    public BorrowerHistory withAccountAgeDays(double value) {
        return new BorrowerHistory(repayments, liquidations, value, meanCollateralRatio, repaymentsPerYear,
                missedPayments, missedPaymentProbability);
    }

    public BorrowerHistory withMeanCollateralRatio(double value) {
        return new BorrowerHistory(repayments, liquidations, accountAgeDays, value, repaymentsPerYear,
                missedPayments, missedPaymentProbability);
    }

    public BorrowerHistory withRepaymentsPerYear(double value) {
        return new BorrowerHistory(repayments, liquidations, accountAgeDays, meanCollateralRatio, value,
                missedPayments, missedPaymentProbability);
    }

    public BorrowerHistory withMissedPayments(int value) {
        return new BorrowerHistory(repayments, liquidations, accountAgeDays, meanCollateralRatio, repaymentsPerYear,
                value, missedPaymentProbability);
    }

    public BorrowerHistory withMissedPaymentProbability(double value) {
        return new BorrowerHistory(repayments, liquidations, accountAgeDays, meanCollateralRatio, repaymentsPerYear,
                missedPayments, value);
    }
}

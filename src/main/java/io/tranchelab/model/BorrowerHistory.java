package io.tranchelab.model;

/**
 * A credit-line cohort's on-chain history, the features of the logistic scorecard
 * (docs/model.md §2.9), and how it migrates over the horizon (§5.4).
 *
 * @param repayments          loans repaid on time so far
 * @param liquidations        times the borrower's collateral was liquidated
 * @param accountAgeDays      days since the account's first transaction
 * @param meanCollateralRatio collateral value over debt, averaged over the account's history (1.8 = 180 %)
 * @param repaymentsPerYear   repayments each surviving line makes per year of the horizon: its
 *                            score migrates up as they are made (0: only the account ages)
 */
public record BorrowerHistory(int repayments, int liquidations, double accountAgeDays, double meanCollateralRatio,
                              double repaymentsPerYear) {

    /** The history after {@code made} more repayments and {@code days} more days. */
    public BorrowerHistory after(int made, double days) {
        return new BorrowerHistory(repayments + made, liquidations, accountAgeDays + days, meanCollateralRatio,
                repaymentsPerYear);
    }
}

package io.tranchelab.sim;

/**
 * Pool-level results (docs/model.md §8.9). Money in USD, means over paths.
 *
 * @param expectedCreditLoss          mean realized credit loss (bad debt, loss events, credit defaults) / initial value;
 *                                    market moves are not in it: they reach the tranches through the final distribution
 * @param probabilityOfBadDebt        share of paths on which any loan leaves bad debt
 * @param expectedBadDebt             mean bad debt in USD
 * @param expectedLiquidationVolume   mean USD of debt repaid by liquidations
 */
public record PoolMetrics(
        double initialValue,
        double expectedCreditLoss,
        double probabilityOfBadDebt,
        double expectedBadDebt,
        double expectedLiquidationVolume,
        double expectedFinalValue,
        double finalValue5,
        double finalValue50,
        double finalValue95) {
}

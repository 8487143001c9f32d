package io.tranchelab.sim;

/**
 * Pool-level results. Money in USD, means over paths.
 *
 * @param expectedLoss                mean realized loss (bad debt, loss events, credit losses) / initial value
 * @param probabilityOfBadDebt        share of paths on which any loan leaves bad debt
 * @param expectedBadDebt             mean bad debt in USD
 * @param expectedLiquidationVolume   mean USD of debt repaid by liquidations
 */
public record PoolMetrics(
        double initialValue,
        double expectedLoss,
        double probabilityOfBadDebt,
        double expectedBadDebt,
        double expectedLiquidationVolume,
        double expectedFinalValue,
        double finalValue5,
        double finalValue50,
        double finalValue95) {
}

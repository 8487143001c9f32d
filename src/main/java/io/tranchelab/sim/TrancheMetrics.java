package io.tranchelab.sim;

/**
 * One tranche's results over all paths (docs/model.md §8.2-§8.8). Losses and VaR/ES are fractions of the tranche's
 * initial principal; returns are annualized; drawdowns are fractions of the running peak.
 *
 * @param expectedLoss          mean principal loss / initial principal
 * @param probabilityOfLoss     share of paths with any principal loss
 * @param lossGivenDefault      mean loss on the paths that lose (0 when none do)
 * @param returnMean            mean annualized return (cash received over the horizon, no reinvestment)
 * @param maxDrawdownMean       mean over paths of the maximum drawdown of the tranche's value
 * @param weightedAverageLife   mean years to principal repayment, weighted by principal repaid
 * @param impliedRating         the default-rate-equivalent rating of the expected loss over the horizon
 *                              (docs/model.md §8.8); the name is kept for the JSON key
 */
public record TrancheMetrics(
        String name,
        double initialPrincipal,
        double expectedLoss,
        double expectedLossStandardError,
        double probabilityOfLoss,
        double lossGivenDefault,
        double returnMean,
        double return5,
        double return50,
        double return95,
        double var95,
        double var99,
        double es95,
        double es99,
        double maxDrawdownMean,
        double maxDrawdown95,
        double weightedAverageLife,
        String impliedRating) {
}

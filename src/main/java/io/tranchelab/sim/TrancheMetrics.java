package io.tranchelab.sim;

/**
 * One tranche's results over all paths (docs/model.md §8.2-§8.8). Losses and VaR/ES are fractions of the tranche's
 * initial principal; returns are annualized; drawdowns are fractions of the running peak.
 *
 * @param expectedLoss          mean principal loss / initial principal
 * @param probabilityOfLoss     share of paths with any principal loss
 * @param lossGivenDefault      mean loss on the paths that lose (0 when none do)
 * @param returnMean            mean annualized cash multiple {@code (cash received / principal)^(1/T) - 1}: when the
 *                              cash came is ignored (the name is kept for the JSON key; shown as "cash multiple")
 * @param maxDrawdownMean       mean over paths of the maximum drawdown of the tranche's value
 * @param weightedAverageLife   mean years to principal repayment, weighted by principal repaid
 * @param impliedRating         the default-rate-equivalent rating of the expected loss over the horizon
 *                              (docs/model.md §8.8); the name is kept for the JSON key
 * @param irrMean               mean over paths of the annual internal rate of return of the tranche's dated cash
 *                              flows (docs/model.md §8.5; -1 on a path that receives nothing); {@code irr5},
 *                              {@code irr50}, {@code irr95} its percentiles (§8.1). NaN when not computed (a
 *                              result read from a file written before IRR)
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
        String impliedRating,
        double irrMean,
        double irr5,
        double irr50,
        double irr95) {

    /** The metrics without an IRR (NaN): the arity before IRR, kept for callers that have none. */
    public TrancheMetrics(String name, double initialPrincipal, double expectedLoss, double expectedLossStandardError,
            double probabilityOfLoss, double lossGivenDefault, double returnMean, double return5, double return50,
            double return95, double var95, double var99, double es95, double es99, double maxDrawdownMean,
            double maxDrawdown95, double weightedAverageLife, String impliedRating) {
        this(name, initialPrincipal, expectedLoss, expectedLossStandardError, probabilityOfLoss, lossGivenDefault,
                returnMean, return5, return50, return95, var95, var99, es95, es99, maxDrawdownMean, maxDrawdown95,
                weightedAverageLife, impliedRating, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public TrancheMetrics withIrr(double mean, double p5, double p50, double p95) {
        return new TrancheMetrics(name, initialPrincipal, expectedLoss, expectedLossStandardError, probabilityOfLoss,
                lossGivenDefault, returnMean, return5, return50, return95, var95, var99, es95, es99, maxDrawdownMean,
                maxDrawdown95, weightedAverageLife, impliedRating, mean, p5, p50, p95);
    }
}

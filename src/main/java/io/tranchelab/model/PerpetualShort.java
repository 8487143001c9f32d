package io.tranchelab.model;

/**
 * A short in a perpetual future on {@code asset} (docs/model.md §5.6), sized at
 * {@code hedgeRatio} of the pool's units of the asset and rebalanced back to it when the
 * covered share drifts more than {@code rebalanceBand} away. The short receives funding: each
 * step's annual funding rate is drawn, {@code fundingMean + fundingVolatility Z} with Z a standard
 * normal of the step, and the short receives its notional times that rate times dt (negative:
 * it pays).
 *
 * @param rebalanceBand      how far the short's units over the pool's units may drift from the hedge ratio
 * @param fundingMean        annual mean funding rate received by shorts (crypto perps: usually positive)
 * @param fundingVolatility  standard deviation of a step's annual funding rate around the mean
 */
public record PerpetualShort(String name, String asset, double hedgeRatio, double rebalanceBand, double fundingMean,
                             double fundingVolatility) implements Hedge {

    public PerpetualShort withHedgeRatio(double value) {
        return new PerpetualShort(name, asset, value, rebalanceBand, fundingMean, fundingVolatility);
    }

    public PerpetualShort withRebalanceBand(double value) {
        return new PerpetualShort(name, asset, hedgeRatio, value, fundingMean, fundingVolatility);
    }

    public PerpetualShort withFundingMean(double value) {
        return new PerpetualShort(name, asset, hedgeRatio, rebalanceBand, value, fundingVolatility);
    }

    public PerpetualShort withFundingVolatility(double value) {
        return new PerpetualShort(name, asset, hedgeRatio, rebalanceBand, fundingMean, value);
    }
}

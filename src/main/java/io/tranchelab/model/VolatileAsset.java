package io.tranchelab.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A volatile asset (ETH, BTC, SOL): geometric Brownian motion with Merton jumps, drift
 * compensated so that E[P(T)] = P0 exp(mu T) (docs/model.md §4.1).
 */
public record VolatileAsset(
        String id,
        double price,
        double drift,
        double volatility,
        Jumps jumps,
        OptionalDouble marketDepth) implements Asset {

    public VolatileAsset {
        jumps = Objects.requireNonNullElse(jumps, Jumps.NONE);
        marketDepth = Objects.requireNonNullElse(marketDepth, OptionalDouble.empty());
    }

    public VolatileAsset withPrice(double value) {
        return new VolatileAsset(id, value, drift, volatility, jumps, marketDepth);
    }

    public VolatileAsset withDrift(double value) {
        return new VolatileAsset(id, price, value, volatility, jumps, marketDepth);
    }

    public VolatileAsset withVolatility(double value) {
        return new VolatileAsset(id, price, drift, value, jumps, marketDepth);
    }

    public VolatileAsset withJumps(Jumps value) {
        return new VolatileAsset(id, price, drift, volatility, value, marketDepth);
    }

    public VolatileAsset withMarketDepth(OptionalDouble value) {
        return new VolatileAsset(id, price, drift, volatility, jumps, value);
    }
}

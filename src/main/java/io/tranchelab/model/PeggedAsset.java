package io.tranchelab.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An asset pegged to a reference: price = reference price x peg ratio. The ratio starts
 * at 1, drops in depeg events and reverts to 1 with a half-life (docs/model.md §2.2, §4.3).
 *
 * @param reference the id of a volatile asset, or {@link #USD} for a dollar peg
 */
public record PeggedAsset(String id, String reference, Depeg depeg, OptionalDouble marketDepth) implements Asset {

    public static final String USD = "USD";

    public PeggedAsset {
        depeg = Objects.requireNonNullElse(depeg, Depeg.NONE);
        marketDepth = Objects.requireNonNullElse(marketDepth, OptionalDouble.empty());
    }

    public boolean peggedToUsd() {
        return USD.equals(reference);
    }

    public PeggedAsset withDepeg(Depeg value) {
        return new PeggedAsset(id, reference, value, marketDepth);
    }

    public PeggedAsset withMarketDepth(OptionalDouble value) {
        return new PeggedAsset(id, reference, depeg, value);
    }
}

package io.tranchelab.model;

import java.util.OptionalDouble;

/** A market factor: a volatile token with its own diffusion, or a token pegged to another. */
public sealed interface Asset permits VolatileAsset, PeggedAsset {

    String id();

    /**
     * USD sold in one step that would move the price by 100 % in a linear impact model;
     * empty means the market absorbs any sale without impact.
     */
    OptionalDouble marketDepth();
}

package io.tranchelab.model;

/** Adds {@code logReturn} to the asset's log-price in the given step (ln 0.5 halves it); docs/model.md §3.2. */
public record PriceShock(String asset, int step, double logReturn) implements Shock {
}

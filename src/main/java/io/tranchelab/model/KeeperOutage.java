package io.tranchelab.model;

/**
 * Keepers fail or slow down for a while (docs/model.md §3.2): from {@code step} for {@code steps}
 * steps, every loan book whose collateral is {@code asset} has its liquidation capacity
 * multiplied by {@code capacityMultiplier} (0: nothing is liquidated, as in March 2020's
 * zero-bid auctions). Outside the window the book's own capacity applies again.
 */
public record KeeperOutage(String asset, int step, int steps, double capacityMultiplier) implements Shock {
}

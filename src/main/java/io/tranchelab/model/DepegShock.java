package io.tranchelab.model;

/**
 * Cuts a pegged asset's peg ratio by {@code depth} in the given step; from then on the gap
 * reverts with {@code halfLifeDays} (docs/model.md §3.2, §4.3).
 */
public record DepegShock(String asset, int step, double depth, double halfLifeDays) implements Shock {
}

package io.tranchelab.model;

/**
 * Depeg events of a pegged asset: a Poisson number per year, each cutting the peg ratio by a
 * depth drawn from an exponential distribution with the given mean; the gap to the peg then
 * halves every {@code halfLifeDays} (docs/model.md §4.3).
 */
public record Depeg(double intensity, double meanDepth, double halfLifeDays) {

    public static final Depeg NONE = new Depeg(0, 0, 30);
}

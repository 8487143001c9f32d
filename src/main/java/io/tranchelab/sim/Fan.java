package io.tranchelab.sim;

/** Percentiles 5, 25, 50, 75 and 95 across paths at each point of a chart grid (docs/model.md §8.11). */
public record Fan(double[] p5, double[] p25, double[] p50, double[] p75, double[] p95) {
}

package io.tranchelab.sim;

/**
 * A run of a cross-chain pool: the run's result, as {@link Simulator#run} gives it, and what the
 * bridges and halts cost (docs/model.md §8.14). Kept beside the result rather than in it, so the
 * result of every pool is the record it was (its figures are compared to the bit).
 */
public record CrossChainRun(SimulationResult result, CrossChainMetrics chains) {
}

package io.tranchelab.model;

/**
 * Slashing or exploit events: a Poisson number per year, each destroying a fraction of the units
 * (docs/model.md §5.1).
 */
public record LossEvents(double intensity, double lossFraction) {

    public static final LossEvents NONE = new LossEvents(0, 0);
}

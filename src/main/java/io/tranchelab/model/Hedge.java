package io.tranchelab.model;

/**
 * A hedge the vault runs on its exposure to one volatile asset (docs/model.md §5.6):
 * not something the pool holds at its start (it adds nothing to the initial value), but an
 * overlay sized on the pool's units of {@link #asset()}, whose costs and gains pass through the
 * waterfall. Kept apart from {@link Position} (docs/decisions/0012-hedges-as-an-overlay.md).
 */
public sealed interface Hedge permits ProtectivePut, PerpetualShort {

    String name();

    /** The volatile asset hedged: the hedge covers {@link #hedgeRatio()} of the pool's yield units of it. */
    String asset();

    /** The share of the pool's units of the asset the hedge covers, in (0, 1]. */
    double hedgeRatio();
}

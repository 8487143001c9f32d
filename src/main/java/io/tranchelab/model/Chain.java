package io.tranchelab.model;

import java.util.Objects;

/**
 * A chain some of the pool's positions live on (docs/model.md §2.10). A chain reached over a
 * bridge names it; a chain with no bridge (an empty name) holds nothing bridged, as the home
 * chain does. Positions that name no chain are on the home chain, which never halts.
 */
public record Chain(String name, String bridge, ChainHalts halts) {

    public Chain {
        bridge = Objects.requireNonNullElse(bridge, "");
        halts = Objects.requireNonNullElse(halts, ChainHalts.NONE);
    }

    public boolean bridged() {
        return !bridge.isEmpty();
    }

    public Chain withBridge(String value) {
        return new Chain(name, value, halts);
    }

    public Chain withHalts(ChainHalts value) {
        return new Chain(name, bridge, value);
    }
}

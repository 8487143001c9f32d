package io.tranchelab.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the pool's positions live (docs/model.md §2.10): the chains and bridges of the structure
 * and, by position name, the chain each position is on. A position not placed is on the home
 * chain: nothing bridged, no halts. {@link #NONE} is a pool on one chain, the only kind before
 * schemaVersion 2.
 *
 * <p>The placements are kept here rather than in each position record so that the positions'
 * records (shared by every part of the model) keep their shape; in the file each position
 * carries its own {@code chain} field (docs/decisions/0011-cross-chain-pools.md).
 *
 * @param placements position name to chain name, in the order of the positions
 */
public record CrossChain(List<Chain> chains, List<Bridge> bridges, Map<String, String> placements) {

    public static final CrossChain NONE = new CrossChain(List.of(), List.of(), Map.of());

    public CrossChain {
        chains = chains == null ? List.of() : List.copyOf(chains);
        bridges = bridges == null ? List.of() : List.copyOf(bridges);
        // insertion order kept: the writer and the canvas list positions in their own order anyway
        placements = placements == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(placements));
    }

    public boolean isEmpty() {
        return chains.isEmpty() && bridges.isEmpty() && placements.isEmpty();
    }

    public Optional<Chain> chain(String name) {
        return chains.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Bridge> bridge(String name) {
        return bridges.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** The chain a position is placed on; empty for the home chain. */
    public Optional<String> chainOf(String positionName) {
        return Optional.ofNullable(placements.get(positionName));
    }

    public CrossChain withChains(List<Chain> value) {
        return new CrossChain(value, bridges, placements);
    }

    public CrossChain withBridges(List<Bridge> value) {
        return new CrossChain(chains, value, placements);
    }

    /** Places a position on a chain; an empty or null chain moves it to the home chain. */
    public CrossChain withPlacement(String positionName, String chain) {
        Map<String, String> next = new LinkedHashMap<>(placements);
        if (chain == null || chain.isEmpty()) {
            next.remove(positionName);
        } else {
            next.put(positionName, chain);
        }
        return new CrossChain(chains, bridges, next);
    }

    /** The placements of the given positions only: a placement of a position no longer held means nothing. */
    public CrossChain retaining(List<Position> positions) {
        if (placements.isEmpty()) {
            return this;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        positions.forEach(p -> names.add(p.name()));
        if (names.containsAll(placements.keySet())) {
            return this;
        }
        Map<String, String> next = new LinkedHashMap<>(placements);
        next.keySet().retainAll(names);
        return new CrossChain(chains, bridges, next);
    }

    /** Follows a renamed position; a no-op for one not placed. */
    public CrossChain withPositionRenamed(String from, String to) {
        if (!placements.containsKey(from) || from.equals(to)) {
            return this;
        }
        Map<String, String> next = new LinkedHashMap<>();
        placements.forEach((k, v) -> next.put(k.equals(from) ? to : k, v));
        return new CrossChain(chains, bridges, next);
    }
}

package io.tranchelab.ui.edit;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Editing where a cross-chain pool lives (docs/model.md §2.10): adding, renaming and removing
 * chains and bridges, and moving a position to another chain. Every edit returns a whole new
 * structure; placements follow a renamed chain, and a bridge no chain uses any more goes with
 * the last chain that used it.
 *
 * <p>The <b>home chain</b> as the workbench shows it: the structure's first chain when it has no
 * bridge and no halts (it then behaves as the unnamed home chain of the model does: nothing
 * bridged, never halted), else the unnamed one. The first chain added to a pool on one chain is
 * such a chain, named {@value #HOME}, and every position that can be placed is placed on it, so
 * the file says where each position is; the analyst renames it ("Ethereum"). Later chains come
 * with a bridge of their own at {@link #NEW_BRIDGE}'s terms.
 */
public final class ChainEdits {

    /** Name of the first chain added to a pool on one chain. */
    public static final String HOME = "Home chain";

    /**
     * Terms of a new chain's bridge: 0.05 exploits a year, half of what is bridged lost per exploit,
     * loading 0.5 on the common factor (between the sample's canonical rollup bridge, 0.02 and 50 %,
     * and Wormhole, 0.10 and 60 %; samples/README.md).
     */
    public static final Bridge NEW_BRIDGE = new Bridge("", 0.05, 0.5, 0.5);

    private ChainEdits() {
    }

    /** The name of the chain the workbench calls home (see the class comment), or empty for the unnamed one. */
    public static Optional<String> homeChain(Structure s) {
        List<Chain> chains = s.crossChain().chains();
        return chains.isEmpty() || chains.get(0).bridged() || chains.get(0).halts().any()
                ? Optional.empty() : Optional.of(chains.get(0).name());
    }

    /** The chain a position is on as shown: its placement, else the home chain's name, else {@value #HOME}. */
    public static String chainShown(Structure s, int position) {
        return s.crossChain().chainOf(s.positions().get(position).name()).orElse(homeChain(s).orElse(HOME));
    }

    /** Whether a position can be placed on a chain: credit lines stay on the home chain (§2.10). */
    public static boolean placeable(Position p) {
        return !(p instanceof CreditLine);
    }

    /**
     * Adds a chain. The first one of a pool on one chain is its home chain (no bridge, no halts)
     * and takes every position that can be placed; a later one is reached over a new bridge of its own.
     */
    public static Structure addChain(Structure s) {
        CrossChain cross = s.crossChain();
        List<Chain> chains = new ArrayList<>(cross.chains());
        if (chains.isEmpty()) {
            Map<String, String> placements = new LinkedHashMap<>();
            s.positions().stream().filter(ChainEdits::placeable).forEach(p -> placements.put(p.name(), HOME));
            chains.add(new Chain(HOME, "", ChainHalts.NONE));
            return s.withCrossChain(new CrossChain(chains, cross.bridges(), placements));
        }
        String name = fresh(cross.chains().stream().map(Chain::name).toList(), "Chain " + (chains.size() + 1));
        String bridge = fresh(cross.bridges().stream().map(Bridge::name).toList(), name + " bridge");
        chains.add(new Chain(name, bridge, ChainHalts.NONE));
        List<Bridge> bridges = new ArrayList<>(cross.bridges());
        bridges.add(new Bridge(bridge, NEW_BRIDGE.exploitIntensity(), NEW_BRIDGE.lossFraction(),
                NEW_BRIDGE.factorLoading()));
        return s.withCrossChain(new CrossChain(chains, bridges, cross.placements()));
    }

    /** Renames chain {@code index}; the positions on it stay on it. */
    public static Structure renameChain(Structure s, int index, String name) {
        CrossChain cross = s.crossChain();
        String old = cross.chains().get(index).name();
        Map<String, String> placements = new LinkedHashMap<>();
        cross.placements().forEach((p, c) -> placements.put(p, c.equals(old) ? name : c));
        List<Chain> chains = new ArrayList<>(cross.chains());
        Chain was = chains.get(index);
        chains.set(index, new Chain(name, was.bridge(), was.halts()));
        return s.withCrossChain(new CrossChain(chains, cross.bridges(), placements));
    }

    /** Names of the positions placed on a chain, in the pool's order. */
    public static List<String> positionsOn(Structure s, String chain) {
        return s.positions().stream().map(Position::name)
                .filter(p -> chain.equals(s.crossChain().placements().get(p))).toList();
    }

    /**
     * Removes chain {@code index}; what was on it moves to the home chain (the first chain, when
     * it is the home chain and not the one removed, else the unnamed one). Its bridge goes too
     * when no other chain uses it. Removing the last chain leaves a pool on one chain
     * ({@link CrossChain#NONE}), written as schemaVersion 1 again.
     */
    public static Structure removeChain(Structure s, int index) {
        CrossChain cross = s.crossChain();
        Chain gone = cross.chains().get(index);
        List<Chain> chains = new ArrayList<>(cross.chains());
        chains.remove(index);
        Optional<String> home = index == 0 ? Optional.empty() : homeChain(s);
        Map<String, String> placements = new LinkedHashMap<>();
        cross.placements().forEach((p, c) -> {
            if (!c.equals(gone.name())) {
                placements.put(p, c);
            } else {
                home.ifPresent(h -> placements.put(p, h));
            }
        });
        List<Bridge> bridges = new ArrayList<>(cross.bridges());
        if (gone.bridged() && chains.stream().noneMatch(c -> c.bridge().equals(gone.bridge()))) {
            bridges.removeIf(b -> b.name().equals(gone.bridge()));
        }
        return s.withCrossChain(new CrossChain(chains, bridges, placements)); // all empty: equal to CrossChain.NONE
    }

    /**
     * Moves a position to a chain; the home chain's name, or an empty one, to the home chain: the
     * named one when there is one, else unplaced. A credit line is never placed, so it goes home
     * unplaced and anywhere else placed (which the validator refuses, saying why).
     */
    public static Structure moveTo(Structure s, int position, String chain) {
        Position p = s.positions().get(position);
        boolean home = chain == null || chain.isEmpty() || chain.equals(HOME) && s.crossChain().chain(HOME).isEmpty();
        String target = !home ? chain : placeable(p) ? homeChain(s).orElse("") : "";
        return s.withCrossChain(s.crossChain().withPlacement(p.name(), target));
    }

    /** Chain {@code index} reached over {@code bridge} (an empty name: none). */
    public static Structure setBridge(Structure s, int index, String bridge) {
        return editChain(s, index, c -> c.withBridge(bridge));
    }

    /** A new bridge at {@link #NEW_BRIDGE}'s terms, for chain {@code index}, replacing the one it had. */
    public static Structure addBridge(Structure s, int index) {
        CrossChain cross = s.crossChain();
        String chain = cross.chains().get(index).name();
        String bridge = fresh(cross.bridges().stream().map(Bridge::name).toList(), chain + " bridge");
        List<Bridge> bridges = new ArrayList<>(cross.bridges());
        bridges.add(new Bridge(bridge, NEW_BRIDGE.exploitIntensity(), NEW_BRIDGE.lossFraction(),
                NEW_BRIDGE.factorLoading()));
        return setBridge(s.withCrossChain(cross.withBridges(bridges)), index, bridge);
    }

    /** Renames a bridge; every chain reached over it follows. */
    public static Structure renameBridge(Structure s, String old, String name) {
        CrossChain cross = s.crossChain();
        List<Bridge> bridges = cross.bridges().stream()
                .map(b -> b.name().equals(old) ? new Bridge(name, b.exploitIntensity(), b.lossFraction(),
                        b.factorLoading()) : b).toList();
        List<Chain> chains = cross.chains().stream()
                .map(c -> c.bridge().equals(old) ? c.withBridge(name) : c).toList();
        return s.withCrossChain(new CrossChain(chains, bridges, cross.placements()));
    }

    public static Structure editChain(Structure s, int index, UnaryOperator<Chain> edit) {
        CrossChain cross = s.crossChain();
        return s.withCrossChain(cross.withChains(StructureEdits.replaced(cross.chains(), index, edit)));
    }

    public static Structure editBridge(Structure s, String name, UnaryOperator<Bridge> edit) {
        CrossChain cross = s.crossChain();
        return s.withCrossChain(cross.withBridges(cross.bridges().stream()
                .map(b -> b.name().equals(name) ? edit.apply(b) : b).toList()));
    }

    /**
     * Chain {@code index}'s halts: {@code intensity} a year, {@code steps} long. No halts of the
     * default length (intensity 0, one step) is stored as {@link ChainHalts#NONE}, which the file
     * leaves out; a length typed before the intensity is kept.
     */
    public static Structure setHalts(Structure s, int index, double intensity, int steps) {
        return editChain(s, index, c -> c.withHalts(intensity == 0 && steps <= 1 ? ChainHalts.NONE
                : new ChainHalts(intensity, steps)));
    }

    private static String fresh(List<String> taken, String base) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }
}

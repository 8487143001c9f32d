package io.tranchelab.ui.canvas;

import io.tranchelab.format.Formats;
import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.edit.ChainEdits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pool's positions grouped by the chain they live on (docs/model.md §2.10): the home chain
 * first, then each chain in the structure's order, each with what can go wrong on it. A pool on
 * one chain has no groups, and the canvas lists its positions as before.
 */
public final class ChainGroups {

    /**
     * One chain's heading, its risks in a line, and the indices of its positions in the structure.
     *
     * @param chain the chain a position dropped on the group moves to: its name, or empty for the
     *              unnamed home chain
     */
    public record Group(String title, String note, List<Integer> positions, String chain) {

        public Group(String title, String note, List<Integer> positions) {
            this(title, note, positions, title);
        }
    }

    private ChainGroups() {
    }

    /**
     * The groups of a cross-chain pool; none for a pool on one chain. Every chain has its group,
     * an empty one too (a position can be dragged onto it). Positions placed nowhere are on the
     * home chain: the first chain's group when it is the home chain (no bridge, no halts,
     * {@link ChainEdits#homeChain}), else a group of their own, shown while the structure has
     * no such chain.
     */
    public static List<Group> of(Structure s) {
        CrossChain cross = s.crossChain();
        if (cross.isEmpty()) {
            return List.of();
        }
        Optional<String> named = ChainEdits.homeChain(s);
        List<Group> groups = new ArrayList<>();
        List<Integer> home = new ArrayList<>();
        for (int i = 0; i < s.positions().size(); i++) {
            if (cross.chainOf(s.positions().get(i).name()).flatMap(cross::chain).isEmpty()) {
                home.add(i);
            }
        }
        if (named.isEmpty()) {
            groups.add(new Group("Home chain", "no bridge, no halts", home, ""));
        }
        for (Chain chain : cross.chains()) {
            List<Integer> on = new ArrayList<>();
            for (int i = 0; i < s.positions().size(); i++) {
                if (cross.chainOf(s.positions().get(i).name()).filter(chain.name()::equals).isPresent()
                        || named.filter(chain.name()::equals).isPresent() && home.contains(i)) {
                    on.add(i);
                }
            }
            groups.add(new Group(chain.name(), note(chain, cross.bridge(chain.bridge())), on, chain.name()));
        }
        return groups;
    }

    /** "via Wormhole: 0.10 exploits/yr, 60.00 % each · halts 1.40/yr, 1 step each". */
    static String note(Chain chain, Optional<Bridge> bridge) {
        String bridged = bridge.map(b -> "via " + b.name() + ": " + Formats.number(b.exploitIntensity())
                + " exploits/yr, " + Formats.percent(b.lossFraction()) + " each").orElse("no bridge");
        String halts = chain.halts().any()
                ? "halts " + Formats.number(chain.halts().intensity()) + "/yr, " + chain.halts().steps()
                        + (chain.halts().steps() == 1 ? " step" : " steps") + " each"
                : "no halts";
        return bridged + " · " + halts;
    }
}

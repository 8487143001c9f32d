package io.tranchelab.ui.params;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.Limits;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.edit.ChainEdits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The chain a position lives on and the bridge it is reached over (docs/model.md §2.10, §5.5):
 * how often the chain halts and for how long, how often the bridge is exploited, what one
 * exploit destroys and how much of it is shared with every other bridge. Edits change the chain
 * or bridge itself, so every position on it moves with them.
 */
final class ChainParameters {

    private ChainParameters() {
    }

    /**
     * For a cross-chain pool: a group for the position's chain (the chain it is on, to choose, and
     * the chain's halts), and one for its bridge. A position on the unnamed home chain has only
     * the choice; a pool on one chain has none of these (the Chains window makes it cross-chain).
     */
    static List<ParameterGroup> groups(Structure s, int index) {
        if (s.crossChain().isEmpty()) {
            return List.of();
        }
        Position position = s.positions().get(index);
        Optional<Chain> chain = s.crossChain().chainOf(position.name()).flatMap(s.crossChain()::chain);
        List<ParameterSpec> choice = ChainEdits.placeable(position) ? List.of(chainChoice(index)) : List.of();
        if (chain.isEmpty()) {
            return choice.isEmpty() ? List.of() : List.of(new ParameterGroup("Chain: " + ChainEdits.HOME, choice));
        }
        String name = chain.get().name();
        List<ParameterGroup> groups = new ArrayList<>();
        List<ParameterSpec> chainRows = new ArrayList<>(choice);
        chainRows.addAll(List.of(
                NumberSpec.of("haltIntensity", "Halts", ValueUnit.PER_YEAR, 0, Limits.MAX_INTENSITY,
                        "Expected halts a year of the running chain (Poisson). While halted nothing is liquidated"
                                + " on it and its oracles keep their last price; prices move on.",
                        x -> chainOf(x, name).halts().intensity(),
                        (x, v) -> editChain(x, name, c -> c.withHalts(new ChainHalts(v,
                                Math.max(1, c.halts().steps()))))).withSlider(0, 5),
                NumberSpec.of("haltSteps", "Halt length", ValueUnit.STEPS, 1, Limits.MAX_HALT_STEPS,
                        "Steps one halt lasts (a day at 365 steps a year). A halt of k steps delays the"
                                + " liquidations it meets by k steps.",
                        x -> Math.max(1, chainOf(x, name).halts().steps()),
                        (x, v) -> editChain(x, name, c -> c.withHalts(new ChainHalts(c.halts().intensity(),
                                (int) Math.round(v))))).withSlider(1, 30)));
        groups.add(new ParameterGroup("Chain: " + name, chainRows));
        if (chain.get().bridged()) {
            String bridge = chain.get().bridge();
            groups.add(new ParameterGroup("Bridge: " + bridge, List.of(
                    NumberSpec.of("exploitIntensity", "Exploits", ValueUnit.PER_YEAR, 0, Limits.MAX_INTENSITY,
                            "Expected exploits of the bridge a year (Poisson). Each destroys a share of what the"
                                    + " pool holds on every chain reached over it.",
                            x -> bridgeOf(x, bridge).exploitIntensity(),
                            (x, v) -> editBridge(x, bridge, b -> b.withExploitIntensity(v))).withSlider(0, 0.5),
                    NumberSpec.of("bridgeLossFraction", "Loss per exploit", ValueUnit.PERCENT, 0, 1,
                            "Share of the bridged holdings one exploit destroys: units of yield positions, debt"
                                    + " of loan books (borrowers keep their collateral).",
                            x -> bridgeOf(x, bridge).lossFraction(),
                            (x, v) -> editBridge(x, bridge, b -> b.withLossFraction(v))),
                    NumberSpec.of("factorLoading", "Common factor", ValueUnit.RATIO, 0, 1,
                            "Weight of the factor all bridges share, 0 to 1: two bridges' exploits are tied with"
                                    + " correlation loading x loading; 1 on both means they fail in the same steps.",
                            x -> bridgeOf(x, bridge).factorLoading(),
                            (x, v) -> editBridge(x, bridge, b -> b.withFactorLoading(v))))));
        }
        return groups;
    }

    /** The chain the position is on, among the structure's (and the unnamed home chain when there is one). */
    private static ChoiceSpec chainChoice(int index) {
        return new ChoiceSpec("chain", "Chain",
                "The chain the position lives on: its bridge's exploits and the chain's halts act on it."
                        + " The home chain has no bridge and never halts. Or drag the position onto a chain"
                        + " on the canvas; Edit > Chains and Bridges adds chains.",
                ChainParameters::chainOptions, x -> ChainEdits.chainShown(x, index),
                (x, v) -> ChainEdits.moveTo(x, index, v));
    }

    static List<String> chainOptions(Structure s) {
        List<String> options = new ArrayList<>();
        if (ChainEdits.homeChain(s).isEmpty() && s.crossChain().chain(ChainEdits.HOME).isEmpty()) {
            options.add(ChainEdits.HOME);
        }
        s.crossChain().chains().forEach(c -> options.add(c.name()));
        return options;
    }

    private static Chain chainOf(Structure s, String name) {
        return s.crossChain().chain(name).orElseThrow();
    }

    private static Bridge bridgeOf(Structure s, String name) {
        return s.crossChain().bridge(name).orElseThrow();
    }

    private static Structure editChain(Structure s, String name, UnaryOperator<Chain> edit) {
        return ChainEdits.editChain(s, s.crossChain().chains().indexOf(chainOf(s, name)), edit);
    }

    private static Structure editBridge(Structure s, String name, UnaryOperator<Bridge> edit) {
        return ChainEdits.editBridge(s, name, edit);
    }
}

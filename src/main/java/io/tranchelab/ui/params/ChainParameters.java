package io.tranchelab.ui.params;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Limits;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;

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

    /** A group for the position's chain, and one for its bridge; none for a position on the home chain. */
    static List<ParameterGroup> groups(Structure s, int index) {
        Position position = s.positions().get(index);
        Optional<Chain> chain = s.crossChain().chainOf(position.name()).flatMap(s.crossChain()::chain);
        if (chain.isEmpty()) {
            return List.of();
        }
        String name = chain.get().name();
        List<ParameterGroup> groups = new ArrayList<>();
        groups.add(new ParameterGroup("Chain: " + name, List.of(
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
                                (int) Math.round(v))))).withSlider(1, 30))));
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

    private static Chain chainOf(Structure s, String name) {
        return s.crossChain().chain(name).orElseThrow();
    }

    private static Bridge bridgeOf(Structure s, String name) {
        return s.crossChain().bridge(name).orElseThrow();
    }

    private static Structure editChain(Structure s, String name, UnaryOperator<Chain> edit) {
        CrossChain cross = s.crossChain();
        return s.withCrossChain(cross.withChains(cross.chains().stream()
                .map(c -> c.name().equals(name) ? edit.apply(c) : c).toList()));
    }

    private static Structure editBridge(Structure s, String name, UnaryOperator<Bridge> edit) {
        CrossChain cross = s.crossChain();
        return s.withCrossChain(cross.withBridges(cross.bridges().stream()
                .map(b -> b.name().equals(name) ? edit.apply(b) : b).toList()));
    }
}

package io.tranchelab.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the chains, the bridges and where each position is placed (docs/model.md §2.10):
 * names unique and resolved, intensities and fractions in range, halts at least a step long.
 */
final class CrossChainRules {

    private CrossChainRules() {
    }

    static void check(Structure structure, Checks checks) {
        CrossChain cross = structure.crossChain();
        checks.count("/bridges", cross.bridges().size(), Limits.MAX_BRIDGES, "bridges");
        checks.count("/chains", cross.chains().size(), Limits.MAX_CHAINS, "chains");
        Set<String> bridgeNames = new HashSet<>();
        for (int b = 0; b < cross.bridges().size(); b++) {
            Bridge bridge = cross.bridges().get(b);
            String pointer = Pointers.child("/bridges", b);
            checks.uniqueName(pointer + "/name", bridge.name(), bridgeNames, "bridge name");
            checks.number(pointer + "/exploitIntensity", bridge.exploitIntensity(),
                    Range.closed(0, Limits.MAX_INTENSITY));
            checks.number(pointer + "/lossFraction", bridge.lossFraction(), Range.closed(0, 1));
            checks.number(pointer + "/factorLoading", bridge.factorLoading(), Range.closed(0, 1));
        }
        Set<String> chainNames = new HashSet<>();
        for (int c = 0; c < cross.chains().size(); c++) {
            Chain chain = cross.chains().get(c);
            String pointer = Pointers.child("/chains", c);
            checks.uniqueName(pointer + "/name", chain.name(), chainNames, "chain name");
            if (chain.bridged() && !bridgeNames.contains(chain.bridge())) {
                checks.report(pointer + "/bridge", "\"" + chain.bridge() + "\" is not a bridge of the structure; "
                        + listing("bridges", bridgeNames));
            }
            if (!chain.halts().equals(ChainHalts.NONE)) {
                checks.number(pointer + "/halt/intensity", chain.halts().intensity(),
                        Range.closed(0, Limits.MAX_INTENSITY));
                checks.whole(pointer + "/halt/steps", chain.halts().steps(), 1, Limits.MAX_HALT_STEPS);
            }
        }
        checkPlacements(structure, cross, chainNames, checks);
    }

    private static void checkPlacements(Structure structure, CrossChain cross, Set<String> chainNames, Checks checks) {
        List<Position> positions = structure.positions();
        for (int i = 0; i < positions.size(); i++) {
            Position position = positions.get(i);
            String chainName = cross.placements().get(position.name());
            if (chainName == null) {
                continue;
            }
            String pointer = Pointers.child("/positions", i) + "/chain";
            if (position instanceof CreditLine) {
                // a credit line is an agreement with off-chain borrowers (§5.3): nothing of it is bridged or liquidated
                checks.report(Pointers.child("/positions", i), "is a credit line, placed on chain \"" + chainName
                        + "\"; credit lines stay on the home chain");
            } else if (cross.chain(chainName).isEmpty()) {
                checks.report(pointer, "\"" + chainName + "\" is not a chain of the structure; "
                        + listing("chains", chainNames));
            }
        }
    }

    private static String listing(String what, Set<String> names) {
        return names.isEmpty() ? "the structure has no " + what
                : "the " + what + " are " + String.join(", ", names.stream().sorted().toList());
    }
}

package io.tranchelab.io;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a structure's {@code chains} and {@code bridges} and each position's {@code chain}
 * (docs/format.md, cross-chain pools; schemaVersion 2). A file without them is a pool on one chain.
 */
final class CrossChainReader {

    private CrossChainReader() {
    }

    static CrossChain read(NodeReader root, List<NodeReader> positionNodes) {
        List<Chain> chains = new ArrayList<>();
        for (NodeReader node : root.array("chains", false, Limits.MAX_CHAINS)) {
            if (node.isObject()) {
                node.allowOnly(JsonShape.CHAIN);
                ChainHalts halts = node.object("halt", false).map(h -> {
                    h.allowOnly(JsonShape.CHAIN_HALT);
                    return new ChainHalts(h.number("intensity"), h.whole("steps"));
                }).orElse(ChainHalts.NONE);
                chains.add(new Chain(node.text("name"), node.text("bridge", ""), halts));
            }
        }
        List<Bridge> bridges = new ArrayList<>();
        for (NodeReader node : root.array("bridges", false, Limits.MAX_BRIDGES)) {
            if (node.isObject()) {
                node.allowOnly(JsonShape.BRIDGE);
                bridges.add(new Bridge(node.text("name"), node.number("exploitIntensity"), node.number("lossFraction"),
                        node.number("factorLoading", 0)));
            }
        }
        Map<String, String> placements = new LinkedHashMap<>();
        for (NodeReader node : positionNodes) {
            if (node.isObject() && node.has("chain")) {
                placements.put(node.text("name", ""), node.text("chain"));
            }
        }
        return new CrossChain(chains, bridges, placements);
    }
}

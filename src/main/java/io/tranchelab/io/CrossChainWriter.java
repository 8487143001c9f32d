package io.tranchelab.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Structure;

/**
 * Writes a structure's chains and bridges, and each placed position's {@code chain}. A pool on
 * one chain writes none of them, so its file stays schemaVersion 1; a chain's bridge and halts
 * are left out when it has none, which reads back the same.
 */
final class CrossChainWriter {

    private CrossChainWriter() {
    }

    /** Adds {@code chain} to the written positions (in the structure's order) and the two lists to {@code root}. */
    static void write(Structure s, ArrayNode positions, ObjectNode root) {
        CrossChain cross = s.crossChain();
        for (int i = 0; i < s.positions().size(); i++) {
            String chain = cross.placements().get(s.positions().get(i).name());
            if (chain != null) {
                ((ObjectNode) positions.get(i)).put("chain", chain);
            }
        }
        if (!cross.chains().isEmpty()) {
            ArrayNode chains = root.putArray("chains");
            for (Chain chain : cross.chains()) {
                ObjectNode out = chains.addObject().put("name", chain.name());
                if (chain.bridged()) {
                    out.put("bridge", chain.bridge());
                }
                if (!chain.halts().equals(io.tranchelab.model.ChainHalts.NONE)) {
                    out.putObject("halt").put("intensity", chain.halts().intensity()).put("steps", chain.halts().steps());
                }
            }
        }
        if (!cross.bridges().isEmpty()) {
            ArrayNode bridges = root.putArray("bridges");
            for (Bridge bridge : cross.bridges()) {
                bridges.addObject().put("name", bridge.name()).put("exploitIntensity", bridge.exploitIntensity())
                        .put("lossFraction", bridge.lossFraction()).put("factorLoading", bridge.factorLoading());
            }
        }
    }
}

package io.tranchelab.sim;

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
import java.util.SplittableRandom;

/**
 * Spreads a generated structure ({@link RandomStructures}) over one to three chains with up to
 * two bridges, exploits and halts frequent enough that most runs of 30 paths see them. Its own
 * stream of numbers, so {@link RandomStructures} (and the golden results it feeds) are untouched.
 */
final class RandomCrossChains {

    private RandomCrossChains() {
    }

    static Structure spread(long seed) {
        Structure structure = RandomStructures.generate(seed);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 16);
        int bridgeCount = random.nextInt(3);
        List<Bridge> bridges = new ArrayList<>();
        for (int b = 0; b < bridgeCount; b++) {
            bridges.add(new Bridge("bridge " + b, random.nextDouble(0, 6), random.nextDouble() < 0.2 ? 1
                    : random.nextDouble(0, 1), random.nextDouble() < 0.3 ? 1 : random.nextDouble(0, 1)));
        }
        int chainCount = 1 + random.nextInt(3);
        List<Chain> chains = new ArrayList<>();
        for (int c = 0; c < chainCount; c++) {
            String bridge = bridgeCount > 0 && random.nextInt(4) > 0 ? "bridge " + random.nextInt(bridgeCount) : "";
            ChainHalts halts = random.nextBoolean() ? new ChainHalts(random.nextDouble(0, 40), 1 + random.nextInt(8))
                    : ChainHalts.NONE;
            chains.add(new Chain("chain " + c, bridge, halts));
        }
        Map<String, String> placements = new LinkedHashMap<>();
        for (Position position : structure.positions()) {
            if (!(position instanceof CreditLine) && random.nextInt(4) > 0) {
                placements.put(position.name(), "chain " + random.nextInt(chainCount));
            }
        }
        return structure.withCrossChain(new CrossChain(chains, bridges, placements));
    }

    /** The same chains with every exploit and halt switched off. */
    static Structure quiet(Structure structure) {
        CrossChain cross = structure.crossChain();
        List<Chain> chains = cross.chains().stream().map(c -> c.withHalts(ChainHalts.NONE)).toList();
        List<Bridge> bridges = cross.bridges().stream().map(b -> b.withExploitIntensity(0)).toList();
        return structure.withCrossChain(cross.withChains(chains).withBridges(bridges));
    }
}

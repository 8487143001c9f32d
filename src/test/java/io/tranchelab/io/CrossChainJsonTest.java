package io.tranchelab.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-chain pools in the file (docs/format.md, schemaVersion 2): read, written, refused in version 1, validated. */
class CrossChainJsonTest {

    @Test
    void aPoolOnOneChainIsWrittenAsVersionOneWithoutChains() {
        ObjectNode tree = StructureJson.toTree(ExampleStructures.minimal());
        assertEquals(1, tree.get("schemaVersion").intValue());
        assertFalse(tree.has("chains"));
        assertFalse(tree.has("bridges"));
        assertFalse(tree.get("positions").get(0).has("chain"));
    }

    @Test
    void aChainWithoutBridgeOrHaltsLeavesThemOutAndReadsBackTheSame() throws Exception {
        Structure minimal = ExampleStructures.minimal();
        String position = minimal.positions().get(0).name();
        Structure placed = minimal.withCrossChain(new CrossChain(List.of(new Chain("Ethereum", null, null)), List.of(),
                Map.of(position, "Ethereum")));
        ObjectNode tree = StructureJson.toTree(placed);
        assertEquals(2, tree.get("schemaVersion").intValue(), "a chain is a schemaVersion 2 field");
        assertEquals("{\"name\":\"Ethereum\"}", tree.get("chains").get(0).toString());
        assertEquals("Ethereum", tree.get("positions").get(0).get("chain").asText());
        assertEquals(placed, StructureJson.fromTree(tree));
    }

    @Test
    void theFullExampleRoundTripsItsChainsBridgesAndPlacements() throws Exception {
        Structure full = StructureJson.parse(JsonFixtures.fullText());
        assertEquals(new Chain("Arbitrum", "Arbitrum canonical bridge", new ChainHalts(0.5, 2)),
                full.crossChain().chains().get(0));
        assertEquals(new Bridge("Arbitrum canonical bridge", 0.02, 0.5, 0.6), full.crossChain().bridges().get(0));
        assertEquals("Arbitrum", full.crossChain().chainOf("ETH-backed loans").orElseThrow());
        assertTrue(full.crossChain().chainOf("Market makers").isEmpty(), "credit lines stay on the home chain");
    }

    @Test
    void aVersionOneFileMayNotUseThem() {
        String v1 = JsonFixtures.with("/schemaVersion", "1");
        List<Problem> problems = JsonFixtures.problemsOf(v1);
        assertHas(problems, "/chains", "needs schemaVersion 2");
        assertHas(problems, "/bridges", "needs schemaVersion 2");
        assertHas(problems, "/positions/0/chain", "needs schemaVersion 2");
        assertHas(problems, "/positions/1/chain", "needs schemaVersion 2");
    }

    @Test
    void aFactorLoadingLeftOutIsZero() throws Exception {
        ObjectNode tree = JsonFixtures.fullTree();
        ((ObjectNode) tree.get("bridges").get(0)).remove("factorLoading");
        assertEquals(0, StructureJson.fromTree(tree).crossChain().bridges().get(0).factorLoading());
    }

    @Test
    void namesThatDoNotResolveAreRefusedAtTheirPointer() {
        assertHas(JsonFixtures.problemsOf(JsonFixtures.with("/positions/1/chain", "\"Solana\"")),
                "/positions/1/chain", "\"Solana\" is not a chain of the structure; the chains are Arbitrum");
        assertHas(JsonFixtures.problemsOf(JsonFixtures.with("/chains/0/bridge", "\"Wormhole\"")),
                "/chains/0/bridge", "\"Wormhole\" is not a bridge of the structure");
        assertHas(JsonFixtures.problemsOf(JsonFixtures.with("/bridges/0/lossFraction", "1.5")),
                "/bridges/0/lossFraction", "it must be");
        assertHas(JsonFixtures.problemsOf(JsonFixtures.with("/chains/0/halt/steps", "0")),
                "/chains/0/halt/steps", "whole number from 1");
        assertHas(JsonFixtures.problemsOf(JsonFixtures.with("/positions/2/chain", "\"Arbitrum\"")),
                "/positions/2/chain", "unknown field");
    }

    @Test
    void unknownFieldsOfChainsHaltsAndBridgesAreRefused() {
        assertHas(JsonFixtures.problemsOf(JsonFixtures.with("/chains/0/colour", "\"blue\"")), "/chains/0/colour",
                "unknown field");
        assertHas(JsonFixtures.problemsOf(JsonFixtures.with("/chains/0/halt/hours", "3")), "/chains/0/halt/hours",
                "unknown field");
        assertHas(JsonFixtures.problemsOf(JsonFixtures.with("/bridges/0/tvl", "3")), "/bridges/0/tvl",
                "unknown field");
    }

    @Test
    void aCreditLinePlacedOnAChainInTheModelIsRefused() {
        Structure full = ExampleStructures.full();
        Structure placed = full.withCrossChain(full.crossChain().withPlacement("Market makers", "Arbitrum"));
        List<Problem> problems = io.tranchelab.model.StructureValidator.validate(placed);
        assertHas(problems, "/positions/2", "credit lines stay on the home chain");
    }

    private static void assertHas(List<Problem> problems, String pointer, String words) {
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals(pointer) && p.message().contains(words)),
                () -> "expected a problem at " + pointer + " with \"" + words + "\", got " + problems);
    }
}

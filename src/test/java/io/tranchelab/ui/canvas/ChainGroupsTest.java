package io.tranchelab.ui.canvas;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The canvas groups positions by chain (docs/model.md §2.10), home chain first, each with its risks. */
class ChainGroupsTest {

    @Test
    void theCrossChainSampleShowsThreeChainsWithTheirPositions() throws Exception {
        Structure s = StructureJson.read(Path.of("samples", "cross-chain-vault.json"));
        List<ChainGroups.Group> groups = ChainGroups.of(s);
        assertEquals(List.of("Home chain", "Arbitrum", "Solana"), groups.stream().map(ChainGroups.Group::title).toList());
        assertEquals(List.of(0), groups.get(0).positions());
        assertEquals(List.of(1, 2), groups.get(1).positions());
        assertEquals(List.of(3, 4), groups.get(2).positions());
        assertEquals("via Wormhole: 0.1 exploits/yr, 60.00 % each · halts 1.4/yr, 1 step each",
                groups.get(2).note());
    }

    @Test
    void aPoolOnOneChainHasNoGroups() throws Exception {
        Structure s = StructureJson.read(Path.of("samples", "cross-chain-vault.json")).withCrossChain(CrossChain.NONE);
        assertEquals(List.of(), ChainGroups.of(s));
    }

    @Test
    void aChainWithNoPositionIsShownSoThatOneCanBeDraggedOntoIt() throws Exception {
        Structure s = io.tranchelab.ui.edit.ChainEdits.addChain(StructureJson.read(Path.of("samples",
                "cross-chain-vault.json")));
        List<ChainGroups.Group> groups = ChainGroups.of(s);
        assertEquals(List.of("Home chain", "Arbitrum", "Solana", "Chain 3"),
                groups.stream().map(ChainGroups.Group::title).toList());
        assertEquals(List.of(), groups.get(3).positions());
        assertEquals("via Chain 3 bridge: 0.05 exploits/yr, 50.00 % each · no halts", groups.get(3).note());
        assertEquals(List.of("", "Arbitrum", "Solana", "Chain 3"),
                groups.stream().map(ChainGroups.Group::chain).toList(), "what a drop on each group moves to");
    }
}

package io.tranchelab.ui.chains;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Bridge;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Chains window's decisions: every change one named undo step, a refused one says which field and why. */
class ChainsEditorViewModelTest {

    private StructureDocument document;
    private WorkbenchViewModel workbench;
    private ChainsEditorViewModel chains;

    private void open(Structure s) {
        document = new StructureDocument(s, null);
        workbench = new WorkbenchViewModel(document, new SimulationService(
                (x, settings, p, c) -> ResultFixtures.withLosses(x, settings.paths()), new DirectTaskExecutor(), 0, 0,
                new PreviewSizing(40)));
        chains = new ChainsEditorViewModel(workbench::current, workbench::edit);
    }

    private static Structure sample() {
        try {
            return StructureJson.read(Path.of("samples", "cross-chain-vault.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Bridge bridge(String name) {
        return document.structure().crossChain().bridge(name).orElseThrow();
    }

    @Test
    void aPlainPoolBecomesCrossChainAndUndoMakesItPlainAgain() {
        Structure plain = TestStructures.quick();
        open(plain);
        assertEquals(List.of(), chains.rows());
        assertTrue(chains.emptyNote().contains("first chain added is the home chain"));
        assertTrue(chains.addChain());
        assertEquals("Make cross-chain (add Home chain)", document.undoName());
        ChainsEditorViewModel.Row home = chains.rows().get(0);
        assertTrue(home.home());
        assertEquals(plain.positions().stream().map(p -> p.name()).toList(), home.positions());
        assertEquals("", chains.text(0, ChainField.EXPLOIT_INTENSITY), "no bridge: nothing to show");
        assertEquals("1", chains.text(0, ChainField.HALT_STEPS));

        assertTrue(chains.renameChain(0, " Ethereum "));
        assertEquals("Rename chain Home chain to Ethereum", document.undoName());
        assertTrue(chains.addChain());
        assertEquals("Add chain Chain 2", document.undoName());
        assertEquals("0.05", chains.text(1, ChainField.EXPLOIT_INTENSITY));
        assertEquals("50.00 %", chains.text(1, ChainField.LOSS_FRACTION));
        assertEquals("0.50", chains.text(1, ChainField.FACTOR_LOADING));

        workbench.undo();
        workbench.undo();
        workbench.undo();
        assertEquals(plain, document.structure());
        assertEquals(CrossChain.NONE, document.structure().crossChain());
    }

    @Test
    void eachNumberIsOneNamedStepAndTypedInItsUnit() {
        Structure original = sample();
        open(original);
        assertTrue(chains.setNumber(1, ChainField.EXPLOIT_INTENSITY, "0.2"));
        assertEquals(0.2, bridge("Wormhole").exploitIntensity());
        assertEquals("Change Wormhole exploit intensity", document.undoName());
        assertTrue(chains.setNumber(1, ChainField.LOSS_FRACTION, "35 %"));
        assertEquals(0.35, bridge("Wormhole").lossFraction(), 1e-15);
        assertTrue(chains.setNumber(1, ChainField.FACTOR_LOADING, "0.9"));
        assertEquals(new Bridge("Wormhole", 0.2, 0.35, 0.9), bridge("Wormhole"));
        assertTrue(chains.setNumber(0, ChainField.HALT_INTENSITY, "3"));
        assertEquals("Change Arbitrum halts", document.undoName());
        assertTrue(chains.setNumber(0, ChainField.HALT_STEPS, "4"));
        assertEquals("Change Arbitrum halt length", document.undoName());
        assertEquals(new ChainHalts(3, 4), document.structure().crossChain().chain("Arbitrum").orElseThrow().halts());
        assertEquals("3.00", chains.text(0, ChainField.HALT_INTENSITY));
        assertEquals("4", chains.text(0, ChainField.HALT_STEPS));
        // the same value again is no edit
        assertTrue(chains.setNumber(0, ChainField.HALT_STEPS, "4"));
        assertEquals("Change Arbitrum halt length", document.undoName());
        for (int i = 0; i < 5; i++) {
            workbench.undo();
        }
        assertEquals(original, document.structure());
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingTheChainTheFieldAndItsPointer() {
        Structure original = sample();
        open(original);
        assertFalse(chains.setNumber(1, ChainField.LOSS_FRACTION, "150 %"));
        assertEquals("Solana, loss fraction (/bridges/1/lossFraction): must be between 0.00 % and 100.00 %",
                chains.messageProperty().get());
        assertFalse(chains.setNumber(0, ChainField.HALT_STEPS, "0"));
        assertEquals("Arbitrum, halt length (/chains/0/halt/steps): must be between 1 and 10,000",
                chains.messageProperty().get());
        assertFalse(chains.setNumber(0, ChainField.HALT_STEPS, "1.5"));
        assertEquals("Arbitrum, halt length (/chains/0/halt/steps): must be a whole number of steps",
                chains.messageProperty().get());
        assertFalse(chains.setNumber(0, ChainField.EXPLOIT_INTENSITY, "lots"));
        assertEquals("Arbitrum, exploit intensity (/bridges/0/exploitIntensity): not a number: \"lots\"",
                chains.messageProperty().get());
        assertFalse(chains.setNumber(0, ChainField.EXPLOIT_INTENSITY, "366"));
        assertTrue(chains.messageProperty().get().endsWith("must be between 0.00 and 365.00"),
                chains.messageProperty().get());
        assertSame(original, document.structure());
        assertTrue(chains.setNumber(0, ChainField.EXPLOIT_INTENSITY, "365"), "the bound itself is allowed");
        assertEquals("", chains.messageProperty().get(), "an applied edit clears the message");
    }

    @Test
    void aBlankOrDuplicateNameIsRefusedAtItsField() {
        Structure original = sample();
        open(original);
        assertFalse(chains.renameChain(1, "  "));
        assertEquals("Solana, name (/chains/1/name): must not be blank", chains.messageProperty().get());
        assertFalse(chains.renameChain(1, "Arbitrum"));
        assertEquals("/chains/1/name: \"Arbitrum\" is used twice; each chain name must be unique",
                chains.messageProperty().get());
        assertFalse(chains.renameBridge(1, "Arbitrum canonical bridge"));
        assertTrue(chains.messageProperty().get().startsWith("/bridges/1/name: "), chains.messageProperty().get());
        assertFalse(chains.renameBridge(1, ChainsEditorViewModel.NEW_BRIDGE));
        assertEquals("Solana, bridge name (/bridges/1/name): \"New bridge\" is reserved for the choice",
                chains.messageProperty().get());
        assertSame(original, document.structure());
    }

    @Test
    void removingAChainWithPositionsIsRefusedUnlessTheyMoveHome() {
        Structure original = sample();
        open(original);
        assertEquals(List.of("SOL staking", "SOL-backed loans"), chains.positionsOn(1));
        assertFalse(chains.removeChain(1, false));
        assertEquals("Solana holds SOL staking, SOL-backed loans: move them to another chain first, or remove the"
                + " chain and move them to the home chain", chains.messageProperty().get());
        assertSame(original, document.structure());
        assertTrue(chains.removeChain(1, true));
        assertEquals("Remove chain Solana", document.undoName());
        assertTrue(document.structure().crossChain().chainOf("SOL staking").isEmpty());
        assertTrue(document.structure().crossChain().bridge("Wormhole").isEmpty(), "its bridge went with it");
        workbench.undo();
        assertEquals(original, document.structure());
    }

    @Test
    void anEmptyChainIsRemovedWithoutAQuestion() {
        open(sample());
        assertTrue(chains.addChain());
        assertTrue(chains.removeChain(2, false));
        assertEquals(sample(), document.structure());
    }

    @Test
    void aChainsBridgeIsChosenAddedDroppedAndRenamed() {
        open(sample());
        assertTrue(chains.emptyNote().startsWith("On the home chain (no bridge, never halts): stETH staking."),
                chains.emptyNote());
        assertEquals(List.of(ChainsEditorViewModel.NO_BRIDGE, "Arbitrum canonical bridge", "Wormhole",
                ChainsEditorViewModel.NEW_BRIDGE), chains.bridgeOptions());
        assertTrue(chains.chooseBridge(1, "Arbitrum canonical bridge"));
        assertEquals("Solana over Arbitrum canonical bridge", document.undoName());
        assertTrue(chains.chooseBridge(1, ChainsEditorViewModel.NEW_BRIDGE));
        assertEquals("Solana bridge", document.structure().crossChain().chains().get(1).bridge());
        assertEquals("Add bridge for Solana", document.undoName());
        assertTrue(chains.renameBridge(1, "Portal"));
        assertEquals("Rename bridge Solana bridge to Portal", document.undoName());
        assertEquals(new Bridge("Portal", 0.05, 0.5, 0.5), bridge("Portal"));
        assertTrue(chains.chooseBridge(1, ChainsEditorViewModel.NO_BRIDGE));
        assertEquals("Solana: no bridge", document.undoName());
        assertFalse(chains.setNumber(1, ChainField.EXPLOIT_INTENSITY, "0.1"));
        assertEquals("Solana, exploit intensity: Solana has no bridge; choose one first",
                chains.messageProperty().get());
    }

    @Test
    void whatChangesNothingIsNoEditAndClearsTheMessage() {
        Structure original = sample();
        open(original);
        assertFalse(chains.renameChain(1, ""));
        assertTrue(chains.renameChain(1, "Solana"), "its own name");
        assertEquals("", chains.messageProperty().get());
        assertFalse(chains.renameChain(1, ""));
        assertTrue(chains.chooseBridge(1, "Wormhole"), "its own bridge");
        assertEquals("", chains.messageProperty().get());
        assertTrue(chains.chooseBridge(1, null));
        assertFalse(chains.renameBridge(1, " "));
        assertEquals("Solana, bridge name (/bridges/1/name): must not be blank", chains.messageProperty().get());
        assertTrue(chains.renameBridge(1, "Wormhole"));
        assertEquals("", chains.messageProperty().get());
        assertSame(original, document.structure());
        // a chain with no bridge: none chosen again is nothing; its bridge cannot be renamed
        assertTrue(chains.chooseBridge(1, ChainsEditorViewModel.NO_BRIDGE));
        Structure unbridged = document.structure();
        assertTrue(chains.chooseBridge(1, ChainsEditorViewModel.NO_BRIDGE));
        assertSame(unbridged, document.structure());
        assertFalse(chains.renameBridge(1, "Portal"));
        assertEquals("Solana has no bridge to rename: choose one first", chains.messageProperty().get());
    }

    @Test
    void theBoundsThemselvesAreAllowed() {
        open(sample());
        assertTrue(chains.setNumber(1, ChainField.LOSS_FRACTION, "0"));
        assertEquals(0, bridge("Wormhole").lossFraction());
        assertTrue(chains.setNumber(1, ChainField.LOSS_FRACTION, "100 %"));
        assertTrue(chains.setNumber(1, ChainField.FACTOR_LOADING, "1"));
        assertTrue(chains.setNumber(0, ChainField.HALT_STEPS, "10000"));
        assertTrue(chains.setNumber(0, ChainField.HALT_INTENSITY, "0"));
        assertEquals(new ChainHalts(0, 10_000), document.structure().crossChain().chain("Arbitrum").orElseThrow()
                .halts());
        assertFalse(chains.setNumber(1, ChainField.FACTOR_LOADING, "1.01"));
    }

    @Test
    void aStructureHoldsAtMostFiftyChainsAndFiftyBridges() {
        open(TestStructures.quick());
        for (int i = 0; i < io.tranchelab.model.Limits.MAX_CHAINS; i++) {
            assertTrue(chains.addChain(), "chain " + (i + 1));
        }
        assertFalse(chains.addChain());
        assertEquals("A structure has at most 50 chains (/chains)", chains.messageProperty().get());
        assertEquals(49, document.structure().crossChain().bridges().size(), "the home chain has none");
        assertTrue(chains.chooseBridge(0, ChainsEditorViewModel.NEW_BRIDGE), "the fiftieth bridge");
        assertFalse(chains.chooseBridge(1, ChainsEditorViewModel.NEW_BRIDGE));
        assertEquals("A structure has at most 50 bridges (/bridges)", chains.messageProperty().get());
    }

    @Test
    void eachFieldsTooltipSaysItsUnit() {
        assertTrue(ChainField.HALT_STEPS.tooltip().endsWith("Unit: steps."), ChainField.HALT_STEPS.tooltip());
        assertTrue(ChainField.FACTOR_LOADING.tooltip().endsWith("Unit: a weight, 0 to 1."));
        assertTrue(ChainField.LOSS_FRACTION.tooltip().endsWith("Unit: %."));
        assertTrue(ChainField.EXPLOIT_INTENSITY.tooltip().endsWith("Unit: per year."));
    }
}

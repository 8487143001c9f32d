package io.tranchelab.ui.params;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.PositionEdits;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A position on a bridged chain shows its chain's halts and its bridge's exploits; edits are undoable. */
class ChainParametersTest {

    private final Structure original = read();
    private final StructureDocument document = new StructureDocument(original, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (s, settings, p, c) -> ResultFixtures.withLosses(s, settings.paths()), new DirectTaskExecutor(), 0, 0,
            new PreviewSizing(40)));
    private final ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench,
            workbench.selectionProperty(), document.structureProperty());

    private static Structure read() {
        try {
            return StructureJson.read(Path.of("samples", "cross-chain-vault.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPositionOnSolanaEditsWormholesExploitsAndTheEditIsUndone() {
        workbench.selectionProperty().set(new Selection.Position(4)); // SOL-backed loans, on Solana
        NumberParameterViewModel exploits = (NumberParameterViewModel) panel.row("exploitIntensity");
        assertNotNull(exploits);
        assertEquals("0.10", exploits.textProperty().get());
        exploits.textProperty().set("0.5");
        exploits.submitText();
        assertEquals(0.5, document.structure().crossChain().bridge("Wormhole").orElseThrow().exploitIntensity());

        NumberParameterViewModel haltSteps = (NumberParameterViewModel) panel.row("haltSteps");
        haltSteps.textProperty().set("3");
        haltSteps.submitText();
        assertEquals(3, document.structure().crossChain().chain("Solana").orElseThrow().halts().steps());

        workbench.undo();
        workbench.undo();
        assertEquals(original, document.structure());
    }

    @Test
    void aPositionOnTheHomeChainShowsNoChainParameters() {
        workbench.selectionProperty().set(new Selection.Position(0));
        assertNull(panel.row("exploitIntensity"));
        assertNull(panel.row("haltIntensity"));
    }

    @Test
    void renamingAPositionKeepsItOnItsChain() {
        Structure renamed = PositionEdits.rename(original, 4, "SOL loans");
        assertEquals("Solana", renamed.crossChain().chainOf("SOL loans").orElseThrow());
    }

    @Test
    void thePositionsChainIsChosenInTheInspectorAndTheChoiceIsUndone() {
        workbench.selectionProperty().set(new Selection.Position(3)); // SOL staking, on Solana
        ChoiceParameterViewModel chain = (ChoiceParameterViewModel) panel.row("chain");
        assertEquals(java.util.List.of("Home chain", "Arbitrum", "Solana"), chain.options());
        assertEquals("Solana", chain.valueProperty().get());
        chain.valueProperty().set("Arbitrum");
        assertEquals("Arbitrum", document.structure().crossChain().chainOf("SOL staking").orElseThrow());
        assertEquals("Change placement of SOL staking", document.undoName());
        // the panel now shows Arbitrum's halts and its bridge
        assertEquals(java.util.List.of("Chain: Arbitrum", "Bridge: Arbitrum canonical bridge"),
                panel.groups().stream().map(ParameterPanelViewModel.Group::title).limit(3)
                        .filter(t -> t.startsWith("Chain") || t.startsWith("Bridge")).toList());
        ((ChoiceParameterViewModel) panel.row("chain")).valueProperty().set("Home chain");
        assertNull(panel.row("haltIntensity"), "the home chain never halts");
        assertEquals(java.util.Optional.empty(), document.structure().crossChain().chainOf("SOL staking"));
        workbench.undo();
        workbench.undo();
        assertEquals(original, document.structure());
    }

    @Test
    void aPoolOnOneChainHasNoChainChoice() {
        document.load(original.withCrossChain(io.tranchelab.model.CrossChain.NONE), null);
        workbench.selectionProperty().set(new Selection.Position(3));
        assertNull(panel.row("chain"), "the Chains window makes a pool cross-chain first");
    }
}

package io.tranchelab.ui.canvas;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.ChainEdits;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A position dropped on a chain's group moves there as one named undo step (the drop's view model side). */
class ChainDragTest {

    private final Structure original = read();
    private final StructureDocument document = new StructureDocument(original, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (s, settings, p, c) -> ResultFixtures.withLosses(s, settings.paths()), new DirectTaskExecutor(), 0, 0,
            new PreviewSizing(40)));
    private final CanvasViewModel canvas = new CanvasViewModel(workbench, document.structureProperty(),
            workbench.simulation().resultProperty(), workbench.selectionProperty());

    private static Structure read() {
        try {
            return StructureJson.read(Path.of("samples", "cross-chain-vault.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPositionDroppedOnAnotherChainMovesThereAndTheGroupsFollow() {
        assertNull(canvas.moveToChain(0, "Solana")); // stETH staking, from home
        assertEquals(Optional.of("Solana"), document.structure().crossChain().chainOf("stETH staking"));
        assertEquals("Move stETH staking to Solana", document.undoName());
        assertEquals(new Selection.Position(0), workbench.selectionProperty().get(), "the moved position is selected");
        ChainGroups.Group solana = canvas.chainGroups().get(2);
        assertEquals(List.of(0, 3, 4), solana.positions());
        assertEquals(List.of(), canvas.chainGroups().get(0).positions(), "the home group stays, empty, as a target");
        assertNull(canvas.moveToChain(0, ""));
        assertEquals("Move stETH staking to home chain", document.undoName());
        workbench.undo();
        workbench.undo();
        assertEquals(original, document.structure());
    }

    @Test
    void droppingAPositionOnItsOwnChainIsNoEdit() {
        assertNull(canvas.moveToChain(3, "Solana"));
        assertSame(original, document.structure());
    }

    @Test
    void aCreditLineDroppedOnABridgedChainIsRefusedAndSaysWhy() {
        Structure withLine = io.tranchelab.ui.edit.PositionEdits.add(original,
                io.tranchelab.ui.edit.PositionEdits.Kind.CREDIT_LINE);
        document.load(withLine, null);
        String refused = canvas.moveToChain(5, "Arbitrum");
        assertTrue(refused.startsWith("Cannot move Credit lines: /positions/5: is a credit line"), refused);
        assertEquals(refused, canvas.moveErrorProperty().get());
        assertSame(withLine, document.structure());
        assertNull(canvas.moveToChain(0, "Arbitrum"));
        assertEquals("", canvas.moveErrorProperty().get(), "a move that succeeds clears the message");
    }

    @Test
    void aNamedHomeChainsGroupHoldsThePositionsPlacedNowhere() {
        Structure plain = original.withCrossChain(io.tranchelab.model.CrossChain.NONE);
        Structure home = ChainEdits.renameChain(ChainEdits.addChain(plain), 0, "Ethereum");
        // a position added later is placed nowhere, and is still shown on (and run as on) the home chain
        Structure later = io.tranchelab.ui.edit.PositionEdits.add(home, io.tranchelab.ui.edit.PositionEdits.Kind.YIELD);
        document.load(later, null);
        assertEquals(List.of("Ethereum"), canvas.chainGroups().stream().map(ChainGroups.Group::title).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), canvas.chainGroups().get(0).positions());
    }
}

package io.tranchelab.ui.document;

import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.edit.StructureEdits;
import io.tranchelab.ui.edit.TrancheEdits;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Undo and Redo name the edit they act on ("Undo Change volatility"). */
class EditNamesTest {

    private final Structure original = TestStructures.quick();

    private Structure withEthVolatility(Structure s, double v) {
        int eth = s.assets().indexOf(s.asset("ETH").orElseThrow());
        return StructureEdits.replaceAsset(s, eth, a -> ((VolatileAsset) a).withVolatility(v));
    }

    @Test
    void undoAndRedoNameTheChangedParameter() {
        StructureDocument document = new StructureDocument(original, null);
        assertNull(document.undoName());
        document.edit(withEthVolatility(original, 0.9), false);
        assertEquals("Change volatility", document.undoName());
        document.undo();
        assertEquals("Change volatility", document.redoName());
        assertNull(document.undoName());
    }

    @Test
    void aResizedTrancheIsAShareChangeAndAGestureIsOneStep() {
        StructureDocument document = new StructureDocument(original, null);
        Structure a = original.withTranches(TrancheEdits.resize(original.tranches(), 1, 0.15));
        Structure b = original.withTranches(TrancheEdits.resize(original.tranches(), 1, 0.12));
        document.edit(a, true);
        document.edit(b, false);
        assertEquals("Change share", document.undoName());
    }

    @Test
    void aListThatGrowsIsAnAdd() {
        Structure split = original.withTranches(TrancheEdits.split(original.tranches(), 0));
        assertEquals("Add tranche", EditNames.describe(original, split));
        assertEquals("Remove tranche", EditNames.describe(split, original));
        assertEquals("liquidation threshold", EditNames.words("liquidationThreshold"));
    }

    @Test
    void movingAPositionToAnotherChainNamesThePosition() throws Exception {
        Structure sample = io.tranchelab.io.StructureJson.read(java.nio.file.Path.of("samples", "cross-chain-vault.json"));
        Structure moved = io.tranchelab.ui.edit.ChainEdits.moveTo(sample, 3, "Arbitrum");
        assertEquals("Change placement of SOL staking", EditNames.describe(sample, moved));
        assertEquals("Change placement of SOL staking", EditNames.describe(sample,
                io.tranchelab.ui.edit.ChainEdits.moveTo(sample, 3, "")), "unplaced: the key is gone from one side");
    }
}

package io.tranchelab.ui.params;

import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Honest inputs: a typed tranche share is refused with its real limit rather than clamped, an
 * applied one says which neighbour gave or took the difference, and an implausibly small
 * volatility (a decimal typed into a percent field) is applied as typed with a note saying what
 * was probably meant.
 */
class ParameterMessagesTest {

    // Senior 70 %, Mezzanine 20 %, Equity 10 %
    private final Structure original = TestStructures.quick();
    private final StructureDocument document = new StructureDocument(original, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (s, settings, p, c) -> io.tranchelab.ui.ResultFixtures.withLosses(s, settings.paths()),
            new io.tranchelab.ui.run.DirectTaskExecutor(), 0, 0, new PreviewSizing(40)));
    private final ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench,
            workbench.selectionProperty(), document.structureProperty());

    private NumberParameterViewModel number(String id) {
        return (NumberParameterViewModel) panel.row(id);
    }

    private double share(int tranche) {
        return document.structure().tranches().get(tranche).share();
    }

    @Test
    void aShareBeyondWhatTheNeighbourCanGiveIsRefusedWithTheRealLimit() {
        workbench.selectionProperty().set(new Selection.Tranche(1));
        NumberParameterViewModel share = number("share");
        share.textProperty().set("35");
        share.submitText();
        assertEquals(0.20, share(1), 1e-12, "refused, not clamped");
        assertEquals(0.10, share(2), 1e-12, "the equity is not silently shrunk to 1 %");
        String error = share.error();
        assertTrue(error.contains("1.00 %") && error.contains("29.00 %") && error.contains("Equity"), error);
    }

    @Test
    void anAppliedShareSaysWhichNeighbourGaveTheDifference() {
        workbench.selectionProperty().set(new Selection.Tranche(1));
        NumberParameterViewModel share = number("share");
        share.textProperty().set("25");
        share.submitText();
        assertEquals(0.25, share(1), 1e-12);
        assertEquals(0.05, share(2), 1e-12);
        assertNull(share.error());
        String notice = share.noticeProperty().get();
        assertTrue(notice != null && notice.contains("Equity") && notice.contains("5.00 %"), notice);
    }

    @Test
    void aDecimalTypedIntoAPercentVolatilityIsAppliedAsTypedAndQuestioned() {
        workbench.selectionProperty().set(new Selection.Position(0));
        NumberParameterViewModel vol = number("volatility");
        vol.textProperty().set("0.6");
        vol.submitText();
        assertEquals(0.006, ((VolatileAsset) document.structure().asset("ETH").orElseThrow()).volatility(), 1e-12);
        String notice = vol.noticeProperty().get();
        assertTrue(notice != null && notice.contains("0.60 %") && notice.contains("60.00 %"), notice);

        vol.textProperty().set("60");
        vol.submitText();
        assertNull(vol.noticeProperty().get(), "a plausible volatility needs no note");
    }
}

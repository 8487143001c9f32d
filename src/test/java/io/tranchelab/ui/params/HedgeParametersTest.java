package io.tranchelab.ui.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The hedges' terms in the parameter panel: shown with the pool and with a position on their asset, edited undoably. */
class HedgeParametersTest {

    private final Structure original = TestStructures.quick().withHedges(List.of(
            new ProtectivePut("ETH puts", "ETH", 0.5, 0.8, 90, 0.65, 0.05, 0),
            new PerpetualShort("ETH perp", "ETH", 0.3, 0.05, 0.08, 0.15)));
    private final StructureDocument document = new StructureDocument(original, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (s, settings, p, c) -> ResultFixtures.withLosses(s, settings.paths()), new DirectTaskExecutor(), 0, 0,
            new PreviewSizing(40)));
    private final ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench,
            workbench.selectionProperty(), document.structureProperty());

    private NumberParameterViewModel number(String id) {
        NumberParameterViewModel row = (NumberParameterViewModel) panel.row(id);
        assertNotNull(row, id + " is among the panel's rows");
        return row;
    }

    @Test
    void aStrikeTypedInPercentIsAppliedAndUndoneByName() {
        number("hedge0-strike").textProperty().set("75 %");
        number("hedge0-strike").submitText();
        assertEquals(0.75, ((ProtectivePut) document.structure().hedges().get(0)).strike(), 1e-12);
        assertEquals("Change strike", document.undoName());
        workbench.undo();
        assertEquals(original, document.structure());
    }

    @Test
    void aFundingMeanOutsideItsRangeIsRefusedWithItsLabel() {
        number("hedge1-fundingMean").textProperty().set("1500 %");
        number("hedge1-fundingMean").submitText();
        assertEquals(original, document.structure());
        assertTrue(number("hedge1-fundingMean").errorProperty().get().startsWith("Funding mean"),
                number("hedge1-fundingMean").errorProperty().get());
    }

    @Test
    void aPositionOnTheHedgedAssetShowsItsHedgesAndATrancheDoesNot() {
        int staking = 1; // stETH staking, pegged to ETH: the hedges on ETH cover it
        workbench.selectionProperty().set(new Selection.Position(staking));
        assertNotNull(panel.row("hedge0-tenorDays"));
        assertNotNull(panel.row("hedge1-rebalanceBand"));
        workbench.selectionProperty().set(new Selection.Tranche(0));
        assertNull(panel.row("hedge0-tenorDays"));
    }

    @Test
    void everyHedgeRowHasATooltipSayingWhatItDoes() {
        for (ParameterGroup group : HedgeParameters.groups(original, null)) {
            for (ParameterSpec spec : group.parameters()) {
                NumberSpec number = (NumberSpec) spec;
                assertTrue(number.tooltip().length() > 30, number.id());
            }
        }
    }

    @Test
    void addingAPutAndAShortGoesOnTheMainVolatileAssetAndUndoesByName() {
        Structure bare = TestStructures.quick();
        StructureDocument doc = new StructureDocument(bare, null);
        WorkbenchViewModel wb = new WorkbenchViewModel(doc, new SimulationService(
                (s, settings, p, c) -> ResultFixtures.withLosses(s, settings.paths()), new DirectTaskExecutor(), 0, 0,
                new PreviewSizing(40)));
        ParameterPanelViewModel pool = new ParameterPanelViewModel(wb, wb.selectionProperty(), doc.structureProperty());
        assertTrue(pool.hedgeActionsShown());
        pool.addPut();
        pool.addPerpShort();
        assertEquals(List.of("ETH puts", "ETH perp short"),
                doc.structure().hedges().stream().map(h -> h.name()).toList());
        assertEquals("Add hedge", doc.undoName());
        assertNotNull(pool.row("hedge1-fundingMean"));
        pool.removeLastHedge();
        assertEquals(1, doc.structure().hedges().size());
        wb.undo();
        wb.undo();
        wb.undo();
        assertEquals(bare, doc.structure());
    }
}

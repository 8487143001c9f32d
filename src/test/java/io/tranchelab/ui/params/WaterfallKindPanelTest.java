package io.tranchelab.ui.params;

import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.WaterfallKind;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waterfall kind and its parameters in the pool's parameter panel (docs/model.md §7.9). */
class WaterfallKindPanelTest {

    /** The quick structure cut to a senior and a junior, so that every kind accepts it. */
    private final Structure twoTranches = TestStructures.quick()
            .withTranches(List.of(new Tranche("Senior", 0.8, 0.05), new Tranche("Junior", 0.2, 0)));
    private final StructureDocument document = new StructureDocument(twoTranches, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (s, settings, p, c) -> io.tranchelab.ui.ResultFixtures.withLosses(s, settings.paths()),
            new io.tranchelab.ui.run.DirectTaskExecutor(), 0, 0, new PreviewSizing(40)));
    private final ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench,
            workbench.selectionProperty(), document.structureProperty());

    private ChoiceParameterViewModel kind() {
        return (ChoiceParameterViewModel) panel.row("waterfallKind");
    }

    @Test
    void choosingAKindShowsItsParametersAndIsOneNamedUndo() {
        workbench.selectionProperty().set(new Selection.Pool());
        assertEquals(WaterfallKind.SEQUENTIAL.label(), kind().valueProperty().get());
        assertNull(panel.row("protocolFee"));
        kind().valueProperty().set(new WaterfallKind.Goldfinch(0.1, 0.2).label());
        WaterfallTerms w = document.structure().waterfall();
        assertEquals(new WaterfallKind.Goldfinch(0.1, 0.2), w.kind());
        assertEquals(0, w.reserveTarget(), 0); // a protocol kind has no reserve or OC trigger of ours
        assertEquals(0, w.ocThreshold(), 0);
        assertEquals(0, document.structure().tranches().get(0).coupon(), 0); // the split pays the senior
        assertNotNull(panel.row("protocolFee"));
        ((NumberParameterViewModel) panel.row("juniorFee")).submitValue(0.25, false);
        assertEquals(new WaterfallKind.Goldfinch(0.1, 0.25), document.structure().waterfall().kind());
        assertEquals("Change junior fee", document.undoName());
        document.undo();
        document.undo();
        assertTrue(document.structure().waterfall().isSequential());
        assertEquals(twoTranches, document.structure());
    }

    @Test
    void aKindTheTranchesDoNotFitIsRefusedWithTheReason() {
        StructureDocument three = new StructureDocument(TestStructures.quick(), null);
        WorkbenchViewModel wb = new WorkbenchViewModel(three, new SimulationService(
                (s, settings, p, c) -> io.tranchelab.ui.ResultFixtures.withLosses(s, settings.paths()),
                new io.tranchelab.ui.run.DirectTaskExecutor(), 0, 0, new PreviewSizing(40)));
        ParameterPanelViewModel p = new ParameterPanelViewModel(wb, wb.selectionProperty(), three.structureProperty());
        wb.selectionProperty().set(new Selection.Pool());
        ChoiceParameterViewModel choice = (ChoiceParameterViewModel) p.row("waterfallKind");
        choice.submit(new WaterfallKind.Strips().label());
        assertTrue(three.structure().waterfall().isSequential());
        assertTrue(choice.error().contains("exactly two"), choice.error());
        assertEquals(WaterfallKind.SEQUENTIAL.label(), choice.valueProperty().get());
    }

    @Test
    void everyKindsParametersHaveATooltipAndStayInTheValidatorsRange() {
        for (WaterfallKind k : WaterfallKind.defaults()) {
            Structure s = WaterfallKindParameters.withKind(twoTranches, k);
            assertEquals(List.of(), io.tranchelab.model.StructureValidator.validate(s), k.id());
            for (ParameterSpec spec : WaterfallKindParameters.specs(s)) {
                assertTrue(spec.tooltip().length() > 20, spec.id());
                assertInstanceOf(ParameterSpec.class, spec);
            }
        }
    }

    @Test
    void aProtocolKindKeepsTheCashRateAndHoldsPrincipalCashAsCash() {
        // issue 16's noticed bug: choosing a kind used to reset the reinvestment to cash at 0 %
        Structure paidOutAt4 = twoTranches.withWaterfall(twoTranches.waterfall()
                .withReinvestment(new Reinvestment(Reinvestment.Rule.PAY_OUT, "", 0.04)));
        for (WaterfallKind k : WaterfallKind.defaults()) {
            Structure s = WaterfallKindParameters.withKind(paidOutAt4, k);
            Reinvestment r = s.waterfall().reinvestment();
            assertEquals(0.04, r.cashRate(), 0, k.id());
            // only sequential allows another rule than CASH (§7.6); the validator accepts what the choice makes
            assertEquals(k instanceof WaterfallKind.Sequential ? Reinvestment.Rule.PAY_OUT : Reinvestment.Rule.CASH,
                    r.rule(), k.id());
            assertEquals(List.of(), io.tranchelab.model.StructureValidator.validate(s), k.id());
        }
    }
}

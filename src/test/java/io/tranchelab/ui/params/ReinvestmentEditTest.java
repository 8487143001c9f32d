package io.tranchelab.ui.params;

import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.PositionEdits;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The reinvestment rule and cash rate edited in the waterfall panel (docs/model.md §7.6), with named undo. */
class ReinvestmentEditTest {

    private final Structure original = TestStructures.quick();
    private final StructureDocument document = new StructureDocument(original, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (s, settings, p, c) -> io.tranchelab.ui.ResultFixtures.withLosses(s, settings.paths()),
            new io.tranchelab.ui.run.DirectTaskExecutor(), 0, 0, new PreviewSizing(40)));
    private final ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench,
            workbench.selectionProperty(), document.structureProperty());

    private ChoiceParameterViewModel rule() {
        workbench.selectionProperty().set(new Selection.Pool());
        return (ChoiceParameterViewModel) panel.row("reinvestment");
    }

    private Reinvestment reinvestment() {
        return document.structure().waterfall().reinvestment();
    }

    @Test
    void theRuleOffersCashPayOutAndEachYieldPositionByName() {
        ChoiceParameterViewModel rule = rule();
        assertEquals(List.of("Held as cash", "Paid out to the tranches", "Into stETH staking"), rule.options());
        assertEquals("Held as cash", rule.valueProperty().get());
    }

    @Test
    void choosingAPositionIsOneNamedUndoableEdit() {
        ChoiceParameterViewModel rule = rule();
        rule.valueProperty().set("Into stETH staking");
        assertEquals(new Reinvestment(Reinvestment.Rule.POSITION, "stETH staking", 0), reinvestment());
        assertEquals("Change rule, position", document.undoName());
        workbench.undo();
        assertEquals(Reinvestment.NONE, reinvestment());
        assertEquals("Held as cash", rule.valueProperty().get());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void theCashRateIsTypedInPercentAndKeptWhenTheRuleChanges() {
        rule();
        NumberParameterViewModel rate = (NumberParameterViewModel) panel.row("cashRate");
        rate.textProperty().set("4.5 %");
        rate.submitText();
        assertEquals(0.045, reinvestment().cashRate(), 1e-15);
        assertEquals("Change cash rate", document.undoName());
        rule().valueProperty().set("Paid out to the tranches");
        assertEquals(new Reinvestment(Reinvestment.Rule.PAY_OUT, "", 0.045), reinvestment());
    }

    @Test
    void renamingOrRemovingThePositionCarriesTheRuleAlong() {
        Structure into = document.structure().withWaterfall(document.structure().waterfall()
                .withReinvestment(new Reinvestment(Reinvestment.Rule.POSITION, "stETH staking", 0.02)));
        int index = 1; // stETH staking in the quick structure
        assertEquals("stETH staking", into.positions().get(index).name());
        assertEquals("staked ETH", PositionEdits.rename(into, index, "staked ETH").waterfall().reinvestment().position());
        assertEquals(new Reinvestment(Reinvestment.Rule.CASH, "", 0.02),
                PositionEdits.remove(into, index).waterfall().reinvestment());
    }
}

package io.tranchelab.ui.params;

import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.RunKind;
import io.tranchelab.ui.run.SimulationService;
import io.tranchelab.ui.run.TaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterPanelViewModelTest {

    private final Structure original = TestStructures.quick();
    private final List<Integer> runPaths = new ArrayList<>();
    private final List<RunKind> runKinds = new ArrayList<>();
    private final StructureDocument document = new StructureDocument(original, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, recordingService());
    private final ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench,
            workbench.selectionProperty(), document.structureProperty());

    {
        workbench.simulation().lastRunProperty().addListener((o, was, run) -> runKinds.add(run.kind()));
    }

    /** A service whose runs happen at once on the test thread and record their paths. */
    private SimulationService recordingService() {
        TaskExecutor now = new io.tranchelab.ui.run.DirectTaskExecutor();
        return new SimulationService((s, settings, p, c) -> {
            runPaths.add(settings.paths());
            return io.tranchelab.ui.ResultFixtures.withLosses(s, settings.paths());
        }, now, 0, 0, new PreviewSizing(40));
    }

    private NumberParameterViewModel number(String id) {
        return (NumberParameterViewModel) panel.row(id);
    }

    private LoanBook loans() {
        return (LoanBook) document.structure().positions().get(0);
    }

    @Test
    void aLoanBookShowsItsLiquidationTermsAndItsCollateralsVolatility() {
        workbench.selectionProperty().set(new Selection.Position(0));
        List<String> titles = panel.groups().stream().map(ParameterPanelViewModel.Group::title).toList();
        assertEquals(List.of("Loan book", "Asset: ETH"), titles);
        assertNotNull(panel.row("liquidationThreshold"));
        assertNotNull(panel.row("ltvRange"));
        assertNotNull(panel.row("volatility"));
        assertEquals("ETH-backed loans", panel.nameProperty().get());
    }

    @Test
    void stakedEthShowsItsDepegsAndTheVolatilityOfEthItIsPeggedTo() {
        workbench.selectionProperty().set(new Selection.Position(1));
        List<String> titles = panel.groups().stream().map(ParameterPanelViewModel.Group::title).toList();
        assertEquals(List.of("Yield position", "Asset: stETH (pegged to ETH)", "Asset: ETH"), titles);
    }

    @Test
    void aTypedValueIsAppliedInModelUnits() {
        workbench.selectionProperty().set(new Selection.Position(0));
        NumberParameterViewModel lt = number("liquidationThreshold");
        lt.textProperty().set("78.5 %");
        lt.submitText();
        assertEquals(0.785, loans().liquidationThreshold(), 1e-12);
        assertNull(lt.error());
        assertEquals("78.50 %", lt.textProperty().get());
        assertEquals(List.of(original.simulation().paths()), runPaths, "a typed value starts a full run");
    }

    @Test
    void textThatIsNotANumberIsFlaggedAndNotApplied() {
        workbench.selectionProperty().set(new Selection.Position(0));
        NumberParameterViewModel lt = number("liquidationThreshold");
        lt.textProperty().set("eighty");
        lt.submitText();
        assertSame(original, document.structure());
        assertTrue(lt.error().contains("not a number"), lt.error());
    }

    @Test
    void aValueOutsideItsBoundsIsFlaggedAndNotApplied() {
        workbench.selectionProperty().set(new Selection.Position(0));
        NumberParameterViewModel lt = number("liquidationThreshold");
        lt.textProperty().set("150 %");
        lt.submitText();
        assertSame(original, document.structure());
        assertTrue(lt.error().contains("must be between 1.00 % and 100.00 %"), lt.error());
        lt.textProperty().set("80 %");
        lt.submitText();
        assertNull(lt.error(), "a good value clears the flag");
    }

    @Test
    void aSliderDragPreviewsEachValueAndReleasingRunsInFullAsOneUndoStep() {
        workbench.selectionProperty().set(new Selection.Position(0));
        NumberParameterViewModel lt = number("liquidationThreshold");
        lt.changingProperty().set(true);
        for (double v = 0.80; v <= 0.90; v += 0.01) {
            lt.valueProperty().set(v);
        }
        lt.changingProperty().set(false);

        assertEquals(0.90, loans().liquidationThreshold(), 0.011);
        assertTrue(runKinds.size() > 5);
        assertTrue(runKinds.subList(0, runKinds.size() - 1).stream().allMatch(k -> k == RunKind.PREVIEW));
        assertEquals(RunKind.FULL, runKinds.get(runKinds.size() - 1));
        assertEquals(original.simulation().paths(), runPaths.get(runPaths.size() - 1));
        workbench.undo();
        assertSame(original, document.structure());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void undoRefreshesTheRowsWithoutMakingAnEdit() {
        workbench.selectionProperty().set(new Selection.Position(0));
        NumberParameterViewModel lt = number("liquidationThreshold");
        lt.textProperty().set("70 %");
        lt.submitText();
        workbench.undo();
        assertEquals(original.positions().get(0), loans());
        assertEquals(0.83, lt.valueProperty().get(), 1e-12);
        assertEquals("83.00 %", lt.textProperty().get());
        assertTrue(document.canRedoProperty().get(), "the refresh was not taken for an edit");
    }

    @Test
    void anAbsentCapReadsUnlimitedAndCanBeTypedBack() {
        workbench.selectionProperty().set(new Selection.Position(0));
        NumberParameterViewModel capacity = number("liquidationCapacity");
        capacity.textProperty().set("unlimited");
        capacity.submitText();
        assertTrue(loans().liquidationCapacity().isEmpty());
        assertEquals("unlimited", capacity.textProperty().get());
        capacity.textProperty().set("$2.5M");
        capacity.submitText();
        assertEquals(2_500_000, loans().liquidationCapacity().getAsDouble(), 1e-6);
    }

    @Test
    void aTrancheShareEditKeepsTheStackSummingToOne() {
        workbench.selectionProperty().set(new Selection.Tranche(0));
        number("share").textProperty().set("75 %");
        number("share").submitText();
        List<Tranche> tranches = document.structure().tranches();
        assertEquals(0.75, tranches.get(0).share(), 1e-12);
        assertEquals(0.15, tranches.get(1).share(), 1e-12);
        assertEquals(1.0, tranches.stream().mapToDouble(Tranche::share).sum(), 1e-12);
    }

    @Test
    void theEquityHasNoCouponToEdit() {
        workbench.selectionProperty().set(new Selection.Tranche(2));
        assertNull(panel.row("coupon"));
        assertNotNull(panel.row("share"));
    }

    @Test
    void aBlankNameIsRefusedAndAGoodOneRenamesTheSelection() {
        workbench.selectionProperty().set(new Selection.Tranche(1));
        panel.nameProperty().set("  ");
        panel.submitName();
        assertNotNull(panel.nameErrorProperty().get());
        assertSame(original, document.structure());
        panel.nameProperty().set("Junior");
        panel.submitName();
        assertEquals("Junior", document.structure().tranches().get(1).name());
    }

    @Test
    void volatilityOfTheCollateralIsEditedOnTheAsset() {
        workbench.selectionProperty().set(new Selection.Position(0));
        number("volatility").textProperty().set("90");
        number("volatility").submitText();
        assertEquals(0.90, ((VolatileAsset) document.structure().asset("ETH").orElseThrow()).volatility(), 1e-12);
    }

    @Test
    void poolSelectionEditsWaterfallAndPaths() {
        number("paths").textProperty().set("5,000");
        number("paths").submitText();
        assertEquals(5_000, document.structure().simulation().paths());
        number("ocThreshold").textProperty().set("-1");
        number("ocThreshold").submitText();
        assertNotNull(number("ocThreshold").error());
    }
}

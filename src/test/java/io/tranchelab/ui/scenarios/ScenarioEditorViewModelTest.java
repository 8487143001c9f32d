package io.tranchelab.ui.scenarios;

import io.tranchelab.model.DepegShock;
import io.tranchelab.model.KeeperOutage;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioEditorViewModelTest {

    private final StructureDocument document = new StructureDocument(TestStructures.quick(), null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (structure, settings, progress, cancel) -> ResultFixtures.withLosses(structure, settings.paths(), 0),
            new DirectTaskExecutor(), 0, 0, new PreviewSizing(40)));
    private final ScenarioEditorViewModel editor = new ScenarioEditorViewModel(workbench, document.structureProperty());

    private Scenario only() {
        return document.structure().scenarios().get(0);
    }

    @Test
    void addingAScenarioIsAnUndoableEditThatMarksTheDocumentDirty() {
        assertTrue(editor.add());
        assertEquals(List.of("scenario 1"), editor.names());
        assertEquals(0, editor.selectedProperty().get());
        assertTrue(document.isDirty());

        document.undo();
        assertTrue(document.structure().scenarios().isEmpty());
        assertTrue(editor.names().isEmpty());
        assertFalse(document.isDirty());
    }

    @Test
    void overridesAndShocksReachTheStructureEachAsOneUndoStep() {
        editor.add();
        assertTrue(editor.set(ScenarioField.VOLATILITY, 2.0));
        assertTrue(editor.set(ScenarioField.CORRELATION, 0.9));
        assertTrue(editor.addShock(new PriceShock("ETH", 2, Math.log(0.6))));
        assertTrue(editor.addShock(new KeeperOutage("ETH", 2, 3, 0.0)));
        assertEquals(2.0, only().volatilityMultiplier());
        assertEquals(0.9, only().correlationOverride().getAsDouble());
        assertEquals(2, only().shocks().size());

        document.undo();
        assertEquals(1, only().shocks().size());
        document.undo();
        document.undo();
        assertEquals(2.0, only().volatilityMultiplier());
        assertTrue(only().correlationOverride().isEmpty());
        assertTrue(editor.set(ScenarioField.CORRELATION, Double.NaN), "NaN clears an override");
    }

    @Test
    void aBadValueIsRefusedWithAnErrorNamingItsField() {
        editor.add();
        Structure before = document.structure();

        assertFalse(editor.set(ScenarioField.VOLATILITY, -1));
        assertTrue(editor.errorProperty().get().startsWith("Volatility multiplier: "), // the form's words, not a JSON pointer
                editor.errorProperty().get());
        assertEquals(before, document.structure(), "not applied");

        assertFalse(editor.addShock(new DepegShock("ETH", 1, 0.1, 10)));
        assertTrue(editor.errorProperty().get().startsWith("Shock 1, asset: "), editor.errorProperty().get());
        assertFalse(editor.setDrift("NOPE", 0.1));
        assertTrue(editor.errorProperty().get().startsWith("Drift override of NOPE: "), editor.errorProperty().get());
        assertFalse(editor.rename("base"));
        assertEquals(before, document.structure());

        assertTrue(editor.set(ScenarioField.MARKET_DEPTH, 0.5));
        assertEquals("", editor.errorProperty().get(), "an applied edit clears the error");
    }

    @Test
    void renamingTheScenarioTheLiveRunUsesKeepsNothingStale() {
        editor.add();
        workbench.scenario().chosenProperty().set("scenario 1");
        assertTrue(editor.rename("crash"));
        assertEquals("crash", only().name());
        assertEquals("base", workbench.scenario().chosen(), "the old name is gone; the run falls back to base");
        assertTrue(editor.remove());
        assertTrue(document.structure().scenarios().isEmpty());
    }
}

package io.tranchelab.ui.params;

import io.tranchelab.model.Limits;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.DocumentModel;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.edit.Selection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parameter panel refuses sizes beyond the model's limits with a message, and keeps the structure. */
class InputLimitsTest {

    private NumberParameterViewModel poolRow(DocumentModel model, String id) {
        model.viewModel.selectionProperty().set(Selection.POOL);
        return (NumberParameterViewModel) model.panel.row(id);
    }

    @Test
    void pathsAboveTheLimitAreRefusedWithTheRange() {
        DocumentModel model = new DocumentModel(TestStructures.quick(), null);
        Structure before = model.document.structure();
        NumberParameterViewModel paths = poolRow(model, "paths");

        paths.textProperty().set("20,000,000");
        paths.submitText();

        assertSame(before, model.document.structure());
        assertTrue(paths.error().contains("Paths must be between 100 and 10,000,000"), paths.error());
    }

    @Test
    void pathsUpToTheLimitAreAccepted() {
        DocumentModel model = new DocumentModel(TestStructures.quick(), null);
        NumberParameterViewModel paths = poolRow(model, "paths");

        paths.textProperty().set("10,000,000");
        paths.submitText();

        assertNull(paths.error());
        assertEquals(Limits.MAX_PATHS, model.document.structure().simulation().paths());
    }

    @Test
    void aHorizonGivingMoreStepsThanAPathMayHoldIsRefusedByTheValidator() {
        Structure daily = TestStructures.quick().withSimulation(new SimulationSettings(1, 5_000, 2_000, 42));
        DocumentModel model = new DocumentModel(daily, null);
        NumberParameterViewModel horizon = poolRow(model, "horizonYears");

        horizon.submitValue(25, false); // 125,000 steps

        assertSame(daily, model.document.structure());
        assertTrue(horizon.error().startsWith("/simulation"), horizon.error());
        assertTrue(horizon.error().contains("100,000"), horizon.error());
    }
}

package io.tranchelab.ui.params;

import io.tranchelab.model.Structure;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deal's notes, seed and steps per year are edited in the workbench, undoably and checked. */
class DealTermsEditTest {

    private final Structure original = TestStructures.quick();
    private final StructureDocument document = new StructureDocument(original, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (s, settings, p, c) -> ResultFixtures.withLosses(s, settings.paths()), new DirectTaskExecutor(), 0, 0,
            new PreviewSizing(40)));
    private final ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench,
            workbench.selectionProperty(), document.structureProperty());

    private NumberParameterViewModel number(String id) {
        NumberParameterViewModel row = (NumberParameterViewModel) panel.row(id);
        assertNotNull(row, id + " is among the structure's parameters");
        return row;
    }

    @Test
    void theNotesAreTheStructuresDescriptionAndAnEditIsUndoable() {
        assertTrue(panel.descriptionShownProperty().get());
        assertEquals(original.description(), panel.descriptionProperty().get());
        panel.descriptionProperty().set("Senior note on the Q3 book, 80 % LTV cap.  ");
        panel.submitDescription();
        assertEquals("Senior note on the Q3 book, 80 % LTV cap.", document.structure().description());

        workbench.undo();
        assertEquals(original.description(), document.structure().description());
        assertEquals(original.description(), panel.descriptionProperty().get());
    }

    @Test
    void theNotesBelongToTheStructureNotToATranche() {
        workbench.selectionProperty().set(new Selection.Tranche(0));
        assertFalse(panel.descriptionShownProperty().get());
    }

    @Test
    void seedAndStepsPerYearAreEditedLikeAnyNumber() {
        number("seed").textProperty().set("2026");
        number("seed").submitText();
        number("stepsPerYear").textProperty().set("365");
        number("stepsPerYear").submitText();
        assertEquals(2026, document.structure().simulation().seed());
        assertEquals(365, document.structure().simulation().stepsPerYear());

        workbench.undo();
        assertEquals(original.simulation().stepsPerYear(), document.structure().simulation().stepsPerYear());
        assertEquals(2026, document.structure().simulation().seed());
    }

    @Test
    void stepsPerYearOutsideItsRangeIsRefusedWithAMessage() {
        number("stepsPerYear").textProperty().set("0");
        number("stepsPerYear").submitText();
        assertEquals(original, document.structure());
        assertTrue(number("stepsPerYear").errorProperty().get().startsWith("Steps per year"),
                number("stepsPerYear").errorProperty().get());
    }
}

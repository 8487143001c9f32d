package io.tranchelab.ui.document;

import io.tranchelab.model.Structure;
import io.tranchelab.ui.TestStructures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructureDocumentTest {

    private final Structure original = TestStructures.quick();
    private final StructureDocument document = new StructureDocument(original, Path.of("book.json"));

    @Test
    void anEditMarksTheDocumentDirtyAndUndoBringsBackTheSameValue() {
        document.edit(original.withName("changed"), false);
        assertTrue(document.isDirty());
        assertTrue(document.titleProperty().get().startsWith("* "));

        document.undo();

        assertSame(original, document.structure());
        assertFalse(document.isDirty(), "back to the saved value is not dirty");
        assertTrue(document.canRedoProperty().get());
    }

    @Test
    void redoReappliesWhatWasUndone() {
        Structure changed = original.withName("changed");
        document.edit(changed, false);
        document.undo();
        document.redo();
        assertEquals(changed, document.structure());
        assertFalse(document.canRedoProperty().get());
    }

    @Test
    void aGestureOfManyValuesIsOneUndoStep() {
        for (int i = 1; i <= 50; i++) {
            document.edit(original.withInitialCash(i), true);
        }
        document.edit(original.withInitialCash(51), false);

        document.undo();

        assertSame(original, document.structure());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void twoSeparateEditsAreTwoUndoSteps() {
        Structure first = original.withInitialCash(1);
        document.edit(first, false);
        document.edit(first.withInitialCash(2), false);
        document.undo();
        assertEquals(first, document.structure());
        document.undo();
        assertSame(original, document.structure());
    }

    @Test
    void anEditEqualToTheCurrentValueRecordsNoUndoStep() {
        document.edit(TestStructures.quick(), false);
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void aNewEditClearsRedo() {
        document.edit(original.withInitialCash(1), false);
        document.undo();
        document.edit(original.withInitialCash(2), false);
        assertFalse(document.canRedoProperty().get());
    }

    @Test
    void savingClearsTheDirtyMarkAndNamesTheFile() {
        document.edit(original.withName("changed"), false);
        document.markSaved(Path.of("other.json"));
        assertFalse(document.isDirty());
        assertEquals(Path.of("other.json"), document.file());
        assertTrue(document.titleProperty().get().startsWith("other.json"));
    }

    @Test
    void loadingStartsAFreshHistory() {
        document.edit(original.withName("changed"), false);
        document.load(original.withName("loaded"), null);
        assertFalse(document.canUndoProperty().get());
        assertFalse(document.isDirty());
        assertTrue(document.titleProperty().get().contains("Untitled"));
    }

    @Test
    void restoredWorkIsUnsavedWithAFreshHistoryAndItsFile() {
        document.edit(original.withName("changed"), false);
        Structure recovered = original.withName("recovered");

        document.restore(recovered, Path.of("deal.json"));

        assertSame(recovered, document.structure());
        assertTrue(document.isDirty());
        assertEquals(Path.of("deal.json"), document.file());
        assertFalse(document.canUndoProperty().get());
        assertTrue(document.titleProperty().get().startsWith("* deal.json"));
    }

    @Test
    void aNamedEditOfSeveralValuesIsOneUndoStepThatKeepsItsNameThroughRedo() {
        Structure changed = original.withInitialCash(7).withName("solved");
        document.edit(original.withInitialCash(1), false);
        document.edit(changed, "Apply solved senior share");
        assertEquals("Apply solved senior share", document.undoName());

        document.undo();
        assertEquals(original.withInitialCash(1), document.structure(), "one step back: both values undone");
        assertEquals("Apply solved senior share", document.redoName());
        document.redo();
        assertEquals(changed, document.structure());
        assertEquals("Apply solved senior share", document.undoName());
        document.undo();
        document.undo();
        assertEquals("Change initial cash", document.redoName(), "an unnamed edit is still named from its difference");
    }

    @Test
    void aNamedEditEndsAGestureInsteadOfJoiningIt() {
        document.edit(original.withInitialCash(1), true);
        document.edit(original.withInitialCash(2), "Apply answer");
        document.undo();
        assertEquals(original.withInitialCash(1), document.structure());
    }
}

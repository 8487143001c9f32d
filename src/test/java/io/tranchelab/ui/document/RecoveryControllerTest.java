package io.tranchelab.ui.document;

import io.tranchelab.io.RecoveryStore;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.TestStructures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Autosave and restore without a stage: writes come from flush(), never from the timer. */
class RecoveryControllerTest {

    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path dir;

    private final Structure original = TestStructures.quick();
    private final List<RecoveryController> opened = new ArrayList<>();

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private RecoveryController controllerFor(StructureDocument document) {
        RecoveryController controller = new RecoveryController(document, store(), NEVER, Runnable::run);
        opened.add(controller);
        return controller;
    }

    private RecoveryStore store() {
        return new RecoveryStore(dir.resolve("recovery"));
    }

    @AfterEach
    void closeAll() throws Exception {
        for (RecoveryController controller : opened) {
            controller.close();
        }
    }

    /** A session that edits a document tied to {@code file} and stops without any clean shutdown. */
    private Structure crashedSessionLeaves(Path file) throws Exception {
        StructureDocument document = new StructureDocument(original, file);
        RecoveryController session = controllerFor(document);
        session.follow();
        document.edit(original.withName("first edit"), false);
        document.edit(document.structure().withInitialCash(1234), false);
        session.flush();
        return document.structure();
    }

    @Test
    void restoringOpensTheLastEditUnsavedAndTiedToItsFile() throws Exception {
        Path file = dir.resolve("deal.json");
        Structure lastEdit = crashedSessionLeaves(file);

        StructureDocument next = new StructureDocument(original, null);
        assertTrue(controllerFor(next).offerRestore(dialogs));

        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).matches("Restore unsaved work from .*\\d\\d:\\d\\d:\\d\\d \\(deal\\.json\\)\\?"),
                dialogs.questions.get(0));
        assertEquals(lastEdit, next.structure());
        assertTrue(next.isDirty(), "restored work is unsaved");
        assertEquals(file.toAbsolutePath(), next.file(), "Save writes where the work came from");
        assertFalse(next.canUndoProperty().get());
        assertTrue(dialogs.notices.get(0).startsWith("Restored unsaved work from "), dialogs.notices.toString());
    }

    @Test
    void workNeverSavedIsOfferedAsUntitled() throws Exception {
        crashedSessionLeaves(null);
        StructureDocument next = new StructureDocument(original, null);
        controllerFor(next).offerRestore(dialogs);
        assertTrue(dialogs.questions.get(0).endsWith("(untitled)?"), dialogs.questions.get(0));
        assertEquals(null, next.file());
    }

    @Test
    void discardingDeletesTheRecoveryForGood() throws Exception {
        crashedSessionLeaves(null);
        dialogs.restore = false;
        StructureDocument next = new StructureDocument(original, null);
        RecoveryController controller = controllerFor(next);

        assertFalse(controller.offerRestore(dialogs));
        controller.flush(); // the deletion runs on the autosave thread

        assertEquals(original, next.structure());
        assertFalse(next.isDirty());
        assertEquals(Optional.empty(), store().load());
    }

    @Test
    void nothingIsAskedWhenThePreviousSessionLeftNoUnsavedWork() throws Exception {
        assertFalse(controllerFor(new StructureDocument(original, null)).offerRestore(dialogs));
        assertTrue(dialogs.questions.isEmpty());
    }

    @Test
    void aSaveClearsTheRecoveryCopy() throws Exception {
        Path file = dir.resolve("deal.json");
        StructureDocument document = new StructureDocument(original, file);
        RecoveryController controller = controllerFor(document);
        controller.follow();
        document.edit(original.withName("edited"), false);
        controller.flush();
        assertTrue(store().load().isPresent());

        StructureJson.write(document.structure(), file);
        document.markSaved(file);
        controller.flush();

        assertEquals(Optional.empty(), store().load());
    }

    @Test
    void undoBackToTheSavedValueClearsAndRedoWritesAgain() throws Exception {
        StructureDocument document = new StructureDocument(original, null);
        RecoveryController controller = controllerFor(document);
        controller.follow();
        document.edit(original.withName("edited"), false);
        controller.flush();

        document.undo();
        controller.flush();
        assertEquals(Optional.empty(), store().load(), "nothing unsaved, nothing to recover");

        document.redo();
        controller.flush();
        assertEquals("edited", store().load().orElseThrow().structure().name());
    }

    @Test
    void openingAnotherFileAfterDiscardingClearsTheRecoveryCopy() throws Exception {
        StructureDocument document = new StructureDocument(original, null);
        RecoveryController controller = controllerFor(document);
        controller.follow();
        document.edit(original.withName("edited"), false);
        controller.flush();

        document.load(original.withName("opened"), dir.resolve("other.json"));
        controller.flush();

        assertEquals(Optional.empty(), store().load());
    }

    @Test
    void closingWithoutSavingOnPurposeClearsTheRecoveryCopy() throws Exception {
        StructureDocument document = new StructureDocument(original, null);
        RecoveryController controller = controllerFor(document);
        controller.follow();
        document.edit(original.withName("edited"), false);
        controller.flush();

        controller.discard();
        controller.close();

        assertEquals(Optional.empty(), store().load());
    }

    @Test
    void aRestoredDocumentKeepsItsCopyUntilItIsSaved() throws Exception {
        crashedSessionLeaves(dir.resolve("deal.json"));
        StructureDocument next = new StructureDocument(original, null);
        RecoveryController controller = controllerFor(next);
        controller.offerRestore(dialogs);
        controller.follow();
        controller.flush();
        assertTrue(store().load().isPresent(), "a second crash before saving must not lose it");

        next.markSaved(next.file());
        controller.flush();
        assertEquals(Optional.empty(), store().load());
    }

    @Test
    void anUnreadableCopyIsReportedAndLeftInPlace() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(folder.resolve("autosave.json"), "{ not json");
        StructureDocument document = new StructureDocument(original, null);

        assertFalse(controllerFor(document).offerRestore(dialogs));

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains(folder.toString()), dialogs.errors.get(0));
        assertTrue(dialogs.questions.isEmpty());
        assertTrue(Files.exists(folder.resolve("autosave.json")));
        assertEquals(original, document.structure());
    }

    @Test
    void theAutosaveStateTellsWhenTheLastCopyWasWritten() throws Exception {
        StructureDocument document = new StructureDocument(original, null);
        RecoveryController controller = controllerFor(document);
        controller.follow();
        document.edit(original.withName("edited"), false);
        controller.flush();
        assertTrue(controller.stateProperty().get().matches("Autosaved \\d\\d:\\d\\d:\\d\\d"),
                controller.stateProperty().get());
    }
}

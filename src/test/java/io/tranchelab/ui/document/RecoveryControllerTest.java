package io.tranchelab.ui.document;

import io.tranchelab.io.RecoveryInstances;
import io.tranchelab.io.RecoveryStore;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.TestStructures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Autosave and restore without a stage. A session that ends (close, with its work unsaved)
 * leaves its copy as a killed one does; the next controller on the same folder finds it.
 */
class RecoveryControllerTest {

    @TempDir
    Path dir;

    private final Structure original = TestStructures.quick();
    private final List<RecoveryController> opened = new ArrayList<>();

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private RecoveryController controllerFor(StructureDocument document) throws Exception {
        RecoveryController controller = new RecoveryController(document, instances(), Runnable::run);
        opened.add(controller);
        return controller;
    }

    private RecoveryInstances instances() {
        return new RecoveryInstances(dir.resolve("recovery"));
    }

    /** The copy of the controller's own instance, as it is on disk. */
    private static Optional<RecoveryStore.Recovered> copyOf(RecoveryController controller) throws Exception {
        return new RecoveryStore(controller.folder()).load();
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
        session.close(); // the instance is gone, its work unsaved
        return document.structure();
    }

    @Test
    void restoringOpensTheLastEditUnsavedAndTiedToItsFile() throws Exception {
        Path file = dir.resolve("deal.json");
        Structure lastEdit = crashedSessionLeaves(file);

        StructureDocument next = new StructureDocument(original, null);
        assertTrue(controllerFor(next).offerRestore(dialogs));

        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).matches("Unsaved work from .*\\d\\d:\\d\\d:\\d\\d \\(deal\\.json\\)"),
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
        assertTrue(dialogs.questions.get(0).endsWith("(untitled)"), dialogs.questions.get(0));
        assertEquals(null, next.file());
    }

    @Test
    void discardingDeletesTheRecoveryForGood() throws Exception {
        crashedSessionLeaves(null);
        dialogs.restore = null;
        StructureDocument next = new StructureDocument(original, null);
        RecoveryController controller = controllerFor(next);

        assertFalse(controller.offerRestore(dialogs));

        assertEquals(original, next.structure());
        assertFalse(next.isDirty());
        assertEquals(List.of(), instances().orphans());
        assertFalse(controllerFor(new StructureDocument(original, null)).offerRestore(dialogs));
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
        assertTrue(copyOf(controller).isPresent());

        StructureJson.write(document.structure(), file);
        document.markSaved(file);
        controller.flush();

        assertEquals(Optional.empty(), copyOf(controller));
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
        assertEquals(Optional.empty(), copyOf(controller), "nothing unsaved, nothing to recover");

        document.redo();
        controller.flush();
        assertEquals("edited", copyOf(controller).orElseThrow().structure().name());
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

        assertEquals(Optional.empty(), copyOf(controller));
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

        assertEquals(Optional.empty(), copyOf(controller));
    }

    @Test
    void aRestoredDocumentKeepsItsCopyUntilItIsSaved() throws Exception {
        crashedSessionLeaves(dir.resolve("deal.json"));
        StructureDocument next = new StructureDocument(original, null);
        RecoveryController controller = controllerFor(next);
        controller.offerRestore(dialogs);
        controller.follow();
        controller.flush();
        assertTrue(copyOf(controller).isPresent(), "a second crash before saving must not lose it");

        next.markSaved(next.file());
        controller.flush();
        assertEquals(Optional.empty(), copyOf(controller));
    }

    @Test
    void anUnreadableCopyIsReportedAndLeftInPlace() throws Exception {
        Path folder;
        try (RecoveryInstances.Held crashed = instances().claim()) {
            folder = crashed.store().folder();
            Files.writeString(folder.resolve("snapshot.json"), "{ not json");
        }
        StructureDocument document = new StructureDocument(original, null);

        assertFalse(controllerFor(document).offerRestore(dialogs));

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains(folder.toString()), dialogs.errors.get(0));
        assertTrue(dialogs.questions.isEmpty());
        assertTrue(Files.exists(folder.resolve("snapshot.json")));
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

    @Test
    void twoInstancesKeepTheirOwnCopiesAndARunningOnesIsNotOffered() throws Exception {
        StructureDocument a = new StructureDocument(original, dir.resolve("a.json"));
        StructureDocument b = new StructureDocument(original, dir.resolve("b.json"));
        RecoveryController first = controllerFor(a);
        RecoveryController second = controllerFor(b);
        first.follow();
        second.follow();
        a.edit(original.withName("A's work"), false);
        b.edit(original.withName("B's work"), false);
        first.flush();
        second.flush();

        assertFalse(first.folder().equals(second.folder()));
        assertEquals("A's work", copyOf(first).orElseThrow().structure().name());
        assertEquals(dir.resolve("a.json").toAbsolutePath(), copyOf(first).orElseThrow().origin().orElseThrow());
        assertEquals("B's work", copyOf(second).orElseThrow().structure().name());
        assertFalse(controllerFor(new StructureDocument(original, null)).offerRestore(dialogs),
                "both instances are alive: their copies are theirs");
        assertTrue(dialogs.questions.isEmpty());

        first.close(); // A is gone; B still runs
        StructureDocument third = new StructureDocument(original, null);
        assertTrue(controllerFor(third).offerRestore(dialogs));
        assertEquals(List.of(List.of(dialogs.questions.get(0))), dialogs.recoveryLists, "only A's copy is offered");
        assertEquals("A's work", third.structure().name());
        assertEquals(dir.resolve("a.json").toAbsolutePath(), third.file(), "A's work stays tied to A's file");
    }

    @Test
    void everyCopyLeftIsListedAndThoseNotChosenAreKeptForTheNextStart() throws Exception {
        for (String name : List.of("first", "second", "third")) {
            StructureDocument document = new StructureDocument(original, dir.resolve(name + ".json"));
            RecoveryController session = controllerFor(document);
            session.follow();
            document.edit(original.withName(name + " work"), false);
            session.close();
        }
        dialogs.restore = 1;
        StructureDocument next = new StructureDocument(original, null);
        assertTrue(controllerFor(next).offerRestore(dialogs));
        assertEquals(3, dialogs.recoveryLists.get(0).size(), dialogs.recoveryLists::toString);
        String chosen = dialogs.recoveryLists.get(0).get(1);
        assertTrue(chosen.endsWith("(" + next.file().getFileName() + ")"), chosen + " vs " + next.file());
        assertTrue(dialogs.notices.get(0).endsWith("2 other copies are kept for the next start"),
                dialogs.notices::toString);

        ScriptedDialogs later = new ScriptedDialogs();
        later.restore = null;
        assertFalse(controllerFor(new StructureDocument(original, null)).offerRestore(later));
        assertEquals(2, later.recoveryLists.get(0).size(), "the two not chosen, offered again");
        assertFalse(later.recoveryLists.get(0).contains(chosen), "the restored one lives in the new instance now");
        assertEquals(List.of(), instances().orphans(), "Discard all deleted them");
    }
}

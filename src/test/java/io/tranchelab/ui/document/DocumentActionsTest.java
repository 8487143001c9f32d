package io.tranchelab.ui.document;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.TestStructures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentActionsTest {

    @TempDir
    Path dir;

    private final Structure original = TestStructures.quick();
    private final StructureDocument document = new StructureDocument(original, null);
    private final List<Path> recent = new ArrayList<>();

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final QueuedFileThread fileThread = new QueuedFileThread();

    private final DocumentActions actions = new DocumentActions(document, new RecentFiles(new RecentFiles.Store() {
        @Override
        public List<String> load() {
            return List.of();
        }

        @Override
        public void save(List<String> paths) {
            recent.clear();
            paths.forEach(p -> recent.add(Path.of(p)));
        }
    }), dialogs, () -> original.withName("blank"), fileThread);

    @Test
    void aFileWithABadFieldIsReportedByItsPointerAndTheStructureStays() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                StructureJson.toJson(original).replaceFirst("\"paths\"\\s*:\\s*2000", "\"paths\" : -5"));
        document.edit(original.withName("edited"), false);
        Structure before = document.structure();

        assertFalse(actions.load(bad));

        assertSame(before, document.structure());
        assertTrue(document.isDirty());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("/simulation/paths"), dialogs.errors.get(0));
        assertTrue(recent.isEmpty());
    }

    @Test
    void savingAnUntitledDocumentAsksForAFileWritesItAndReadsBackEqual() throws Exception {
        dialogs.fileToSave = dir.resolve("book.json");
        document.edit(original.withName("edited"), false);

        assertTrue(actions.save());

        assertFalse(document.isDirty());
        assertEquals(dialogs.fileToSave, document.file());
        assertEquals(document.structure(), StructureJson.read(dialogs.fileToSave));
        assertEquals(List.of(dialogs.fileToSave.toAbsolutePath().normalize()), recent);
    }

    @Test
    void aSaveThatCannotWriteSaysWhichFileAndWhyAndLosesNothing() throws IOException {
        // A regular file where the folder should be: no file can be created under it, even as root.
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        dialogs.fileToSave = notAFolder.resolve("book.json");
        document.edit(original.withName("first"), false);
        document.edit(document.structure().withInitialCash(777), false);
        Structure edited = document.structure();

        assertFalse(actions.saveAs());

        assertTrue(document.isDirty(), "the changes are still unsaved");
        assertSame(edited, document.structure());
        assertEquals(null, document.file(), "the document is not tied to a file it was never written to");
        assertTrue(document.canUndoProperty().get());
        document.undo();
        assertEquals("first", document.structure().name(), "the undo history is intact");
        String message = actions.messageProperty().get();
        assertTrue(message.startsWith("Save failed: cannot write " + dialogs.fileToSave.toAbsolutePath()), message);
        assertTrue(message.contains("Not a directory"), message);
        assertEquals(List.of("failure: " + message.substring("Save failed: ".length())), dialogs.notices);
        assertFalse(Files.exists(dialogs.fileToSave));
        assertTrue(recent.isEmpty());
    }

    @Test
    void aFailedSaveOverAnExistingFileLeavesThatFileAsItWas() throws Exception {
        Path file = dir.resolve("book.json");
        StructureJson.write(original, file);
        document.markSaved(file);
        document.edit(original.withName("edited"), false);
        Files.delete(file);
        Files.createDirectories(file.resolve("in-the-way")); // a folder where the file should go

        assertFalse(actions.save());

        assertTrue(document.isDirty());
        assertEquals(file, document.file());
        assertTrue(actions.messageProperty().get().contains(file.toAbsolutePath().toString()),
                actions.messageProperty().get());
        assertTrue(Files.isDirectory(file.resolve("in-the-way")));
    }

    @Test
    void aSuccessfulSaveIsAnnounced() {
        dialogs.fileToSave = dir.resolve("book.json");
        document.edit(original.withName("edited"), false);
        assertTrue(actions.save());
        assertEquals(List.of("Saved book.json"), dialogs.notices);
        assertEquals("Saved book.json", actions.messageProperty().get());
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsEverything() {
        document.edit(original.withName("edited"), false);
        dialogs.unsavedChoice = DialogService.UnsavedChoice.CANCEL;
        actions.newDocument();
        assertEquals(1, dialogs.unsavedQuestions);
        assertEquals("edited", document.structure().name());
    }

    @Test
    void newWithUnsavedChangesDiscardedLoadsTheBlankStructure() {
        document.edit(original.withName("edited"), false);
        dialogs.unsavedChoice = DialogService.UnsavedChoice.DISCARD;
        actions.newDocument();
        assertEquals("blank", document.structure().name());
        assertFalse(document.isDirty());
    }

    @Test
    void nothingIsAskedWhenThereIsNothingToLose() {
        actions.newDocument();
        assertEquals(0, dialogs.unsavedQuestions);
    }

    @Test
    void aSuggestedFileNameComesFromTheStructureName() {
        assertEquals("eth-lending-book.json", DocumentActions.fileNameFor("ETH lending book"));
        assertEquals("structure.json", DocumentActions.fileNameFor("  "));
    }

    @Test
    void newGivesTheEmptyStructureUntitledAndClean() throws IOException {
        Path file = dir.resolve("book.json");
        StructureJson.write(original, file);
        document.markSaved(file);
        DocumentActions workbenchNew = new DocumentActions(document, new RecentFiles(new NoRecentFiles()), dialogs,
                DefaultStructures::empty, fileThread);

        workbenchNew.newDocument();

        assertEquals(DefaultStructures.empty(), document.structure());
        assertEquals(null, document.file());
        assertFalse(document.isDirty());
        assertEquals("Untitled - New structure - TrancheLab", document.titleProperty().get());
    }

    @Test
    void newFromTemplateGivesThatSampleUntitledSoSaveAsksForAFile() throws Exception {
        StructureTemplates.Template staking = StructureTemplates.ALL.stream()
                .filter(t -> t.fileName().equals("staking-steth-note.json")).findFirst().orElseThrow();
        Structure sample = StructureJson.read(Path.of("samples", "staking-steth-note.json"));

        actions.newFromTemplate(staking);

        assertEquals(sample, document.structure());
        assertEquals(null, document.file());
        assertFalse(document.isDirty());
        assertEquals("Untitled - stETH staking note - TrancheLab", document.titleProperty().get());
        dialogs.fileToSave = dir.resolve("my-note.json");
        assertTrue(actions.save());
        assertEquals(dialogs.fileToSave, document.file(), "Save asked for a file rather than writing the sample");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void newFromTemplateWithUnsavedChangesAsksAndCancelKeepsEverything() {
        document.edit(original.withName("edited"), false);
        dialogs.unsavedChoice = DialogService.UnsavedChoice.CANCEL;
        actions.newFromTemplate(StructureTemplates.ALL.get(0));
        assertEquals(1, dialogs.unsavedQuestions);
        assertEquals("edited", document.structure().name());
    }

    private static final class NoRecentFiles implements RecentFiles.Store {
        @Override
        public List<String> load() {
            return List.of();
        }

        @Override
        public void save(List<String> paths) {
        }
    }

    @Test
    void openReadsTheFileOffTheUiThreadAndReplacesTheDocumentBackOnIt() throws IOException {
        Path file = dir.resolve("deal.json");
        StructureJson.write(original.withName("from disk"), file);

        actions.openRecent(file);

        assertSame(original, document.structure(), "nothing read on the UI thread");
        assertEquals(1, fileThread.background.size());
        fileThread.runBackground();
        assertEquals("from disk", document.structure().name());
        assertEquals(file, document.file());
        assertEquals(List.of(file), recent);
    }

    @Test
    void aFileThatCannotBeReadInTheBackgroundIsReportedBackOnTheUiThread() {
        actions.openRecent(dir.resolve("missing.json"));
        assertTrue(dialogs.errors.isEmpty());
        fileThread.runBackground();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Could not read " + dir.resolve("missing.json")),
                dialogs.errors.get(0));
        assertSame(original, document.structure());
    }

    @Test
    void anEditMadeWhileTheFileIsReadIsNotDroppedWithoutAsking() throws IOException {
        Path file = dir.resolve("deal.json");
        StructureJson.write(original.withName("from disk"), file);
        actions.openRecent(file);
        document.edit(original.withName("typed meanwhile"), false);
        dialogs.unsavedChoice = DialogService.UnsavedChoice.CANCEL;

        fileThread.runBackground();

        assertEquals(1, dialogs.unsavedQuestions);
        assertEquals("typed meanwhile", document.structure().name());
    }

    @Test
    void savingAHardLinkedFileSaysTheOtherNameKeepsThePreviousVersion() throws Exception {
        Path file = dir.resolve("deal.json");
        StructureJson.write(original, file);
        Path other = Files.createLink(dir.resolve("archive.json"), file);
        document.load(original, file);
        document.edit(original.withName("edited"), false);

        assertTrue(actions.save());

        assertEquals("Saved deal.json (its 1 other hard link keeps the previous version)",
                dialogs.notices.get(dialogs.notices.size() - 1));
        assertEquals("edited", StructureJson.read(file).name());
        assertEquals(original.name(), StructureJson.read(other).name());
    }

    /** Background work waits until the test runs it; UI actions run at once. */
    private static final class QueuedFileThread implements io.tranchelab.ui.run.TaskExecutor {
        final java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();

        @Override
        public void runInBackground(Runnable work) {
            background.add(work);
        }

        @Override
        public void runOnUiThread(Runnable action) {
            action.run();
        }

        @Override
        public Scheduled schedule(Runnable action, long delayMillis) {
            throw new AssertionError("no timers in file actions");
        }

        void runBackground() {
            while (!background.isEmpty()) {
                background.poll().run();
            }
        }
    }
}

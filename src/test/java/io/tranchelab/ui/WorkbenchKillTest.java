package io.tranchelab.ui;

import io.tranchelab.io.ChildJvm;
import io.tranchelab.io.RecoveryInstances;
import io.tranchelab.io.RecoveryStore;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.document.DialogService;
import io.tranchelab.ui.document.DocumentActions;
import io.tranchelab.ui.document.RecentFiles;
import io.tranchelab.ui.document.RecoveryController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill test at the workbench's level: a child JVM ({@link WorkbenchCrashChild}) runs the
 * document model with autosave, makes edits through the parameter panel and the undo history,
 * and is killed with SIGKILL (no close, no flush, no shutdown hook). A new document model on the
 * same recovery folder offers the work, and restoring it gives back every edit, unsaved and
 * tied to its file, so that Save writes there.
 */
class WorkbenchKillTest {

    @Test
    void aNewWorkbenchRestoresEveryEditAfterTheOldOneIsKilled(@TempDir Path dir) throws Exception {
        Path recovery = dir.resolve("recovery");
        Path origin = Files.createDirectories(dir.resolve("deals")).resolve("deal.json");
        Process child = ChildJvm.start(WorkbenchCrashChild.class, recovery.toString(), origin.toString());
        List<String> output;
        try {
            // Generous: a JVM start on a busy machine, not a measure of speed.
            output = ChildJvm.linesUntil(child, "autosaved").get(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        assertEquals(List.of("autosaved"), output, "child output");

        Structure expected = DocumentModel.after(DocumentModel.EDITS);
        assertEditsPresent(expected);
        DocumentModel restarted = new DocumentModel(TestStructures.quick(), null);
        Answers dialogs = new Answers();
        try (RecoveryController recoveryController = new RecoveryController(restarted.document,
                new RecoveryInstances(recovery), Runnable::run)) {
            assertTrue(recoveryController.offerRestore(dialogs));
            recoveryController.follow();

            assertEquals(1, dialogs.questions.size());
            assertTrue(dialogs.questions.get(0).endsWith("(deal.json)"), dialogs.questions.get(0));
            assertEquals(expected, restarted.document.structure());
            assertTrue(restarted.document.isDirty());
            assertEquals(origin.toAbsolutePath(), restarted.document.file());

            DocumentActions actions = new DocumentActions(restarted.document, new RecentFiles(new NoRecent()),
                    dialogs, TestStructures::quick, new io.tranchelab.ui.run.DirectTaskExecutor());
            assertTrue(actions.save(), "Save writes to the file the work came from");
            assertEquals(expected, StructureJson.read(origin));
            recoveryController.flush();
            assertEquals(Optional.empty(), new RecoveryStore(recoveryController.folder()).load(),
                    "saved work needs no recovery");
        }
    }

    /** Every edit of {@link DocumentModel} left its mark: the test cannot pass on a stale copy. */
    private static void assertEditsPresent(Structure s) {
        Structure original = TestStructures.quick();
        assertEquals(0.65, s.tranches().get(0).share(), 1e-12);
        assertEquals(0.125, s.tranches().get(1).coupon(), 1e-12);
        assertEquals(12_345, s.simulation().paths());
        assertEquals("Recovered deal", s.name());
        assertFalse(original.positions().get(0).equals(s.positions().get(0)), "principal edit (undone, redone)");
        assertEquals("First loss", s.tranches().get(2).name());
    }

    private static final class Answers implements DialogService {
        final List<String> questions = new ArrayList<>();

        @Override
        public Optional<Path> chooseFileToOpen(Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(Path suggestion) {
            throw new AssertionError("Save must not ask for a file: the restored work has one");
        }

        @Override
        public UnsavedChoice askToSaveChanges(String documentName) {
            return UnsavedChoice.CANCEL;
        }

        @Override
        public void showError(String title, String header, String details) {
            throw new AssertionError(header + ": " + details);
        }

        @Override
        public Optional<Integer> chooseRecovery(List<String> copies) {
            questions.addAll(copies);
            return Optional.of(0);
        }
    }

    private static final class NoRecent implements RecentFiles.Store {
        @Override
        public List<String> load() {
            return List.of();
        }

        @Override
        public void save(List<String> paths) {
        }
    }
}

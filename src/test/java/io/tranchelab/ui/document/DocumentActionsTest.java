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
    private final List<String> errors = new ArrayList<>();
    private final List<Path> recent = new ArrayList<>();
    private DialogService.UnsavedChoice answer = DialogService.UnsavedChoice.CANCEL;
    private Path saveTarget;
    private int asked;

    private final DialogService dialogs = new DialogService() {
        @Override
        public Optional<Path> chooseFileToOpen(Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(Path suggestion) {
            return Optional.ofNullable(saveTarget);
        }

        @Override
        public UnsavedChoice askToSaveChanges(String documentName) {
            asked++;
            return answer;
        }

        @Override
        public void showError(String title, String header, String details) {
            errors.add(header + "\n" + details);
        }
    };

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
    }), dialogs, () -> original.withName("blank"));

    @Test
    void aFileWithABadFieldIsReportedByItsPointerAndTheStructureStays() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                StructureJson.toJson(original).replaceFirst("\"paths\"\\s*:\\s*2000", "\"paths\" : -5"));
        document.edit(original.withName("edited"), false);
        Structure before = document.structure();

        assertFalse(actions.load(bad));

        assertSame(before, document.structure());
        assertTrue(document.isDirty());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("/simulation/paths"), errors.get(0));
        assertTrue(recent.isEmpty());
    }

    @Test
    void savingAnUntitledDocumentAsksForAFileWritesItAndReadsBackEqual() throws Exception {
        saveTarget = dir.resolve("book.json");
        document.edit(original.withName("edited"), false);

        assertTrue(actions.save());

        assertFalse(document.isDirty());
        assertEquals(saveTarget, document.file());
        assertEquals(document.structure(), StructureJson.read(saveTarget));
        assertEquals(List.of(saveTarget.toAbsolutePath().normalize()), recent);
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsEverything() {
        document.edit(original.withName("edited"), false);
        answer = DialogService.UnsavedChoice.CANCEL;
        actions.newDocument();
        assertEquals(1, asked);
        assertEquals("edited", document.structure().name());
    }

    @Test
    void newWithUnsavedChangesDiscardedLoadsTheBlankStructure() {
        document.edit(original.withName("edited"), false);
        answer = DialogService.UnsavedChoice.DISCARD;
        actions.newDocument();
        assertEquals("blank", document.structure().name());
        assertFalse(document.isDirty());
    }

    @Test
    void nothingIsAskedWhenThereIsNothingToLose() {
        actions.newDocument();
        assertEquals(0, asked);
    }

    @Test
    void aSuggestedFileNameComesFromTheStructureName() {
        assertEquals("eth-lending-book.json", DocumentActions.fileNameFor("ETH lending book"));
        assertEquals("structure.json", DocumentActions.fileNameFor("  "));
    }
}

package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path folder;

    @Test
    void aFolderThatDoesNotExistHasNothingToRecover() throws Exception {
        assertEquals(Optional.empty(), new RecoveryStore(folder.resolve("never created")).load());
    }

    @Test
    void aSavedCopyComesBackWithItsFileAndTime() throws Exception {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        Path origin = folder.resolve("deal.json");
        Instant before = Instant.now();
        store.save(ExampleStructures.full(), Optional.of(origin));

        RecoveryStore.Recovered recovered = new RecoveryStore(folder.resolve("recovery")).load().orElseThrow();
        assertEquals(ExampleStructures.full(), recovered.structure());
        assertEquals(Optional.of(origin), recovered.origin());
        assertFalse(recovered.savedAt().isBefore(before) || recovered.savedAt().isAfter(Instant.now()),
                recovered.savedAt()::toString);
    }

    @Test
    void aDraftTheValidatorRefusesComesBackAsItWasLeft() throws Exception {
        Structure draft = DocumentEdits.after(5);
        assertFalse(StructureValidator.validate(draft).isEmpty(), "edit 5 leaves the shares summing to 1.01");
        RecoveryStore store = new RecoveryStore(folder);
        store.save(draft, Optional.empty());
        RecoveryStore.Recovered recovered = store.load().orElseThrow();
        assertEquals(draft, recovered.structure());
        assertEquals(Optional.empty(), recovered.origin(), "an untitled document has no file");
    }

    @Test
    void theCopyIsAnOrdinaryStructureFile() throws Exception {
        new RecoveryStore(folder).save(ExampleStructures.minimal(), Optional.empty());
        assertEquals(ExampleStructures.minimal(), StructureJson.read(folder.resolve(RecoveryStore.STRUCTURE_FILE)));
    }

    @Test
    void clearingLeavesNoFileAndNothingToRecover() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        store.save(ExampleStructures.full(), Optional.empty());
        store.clear();
        assertEquals(Optional.empty(), store.load());
        assertEquals(List.of(), filesIn(folder));
        store.clear(); // clearing twice is harmless
    }

    @Test
    void withoutItsMetadataTheStructureStillComesBackWithTheFileTime() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        store.save(ExampleStructures.full(), Optional.of(folder.resolve("deal.json")));
        Files.writeString(folder.resolve(RecoveryStore.META_FILE), "{\"origin\": 12, \"savedAt\": \"yesterday\"");
        Instant fileTime = Instant.parse("2024-06-01T10:15:30Z");
        Files.setLastModifiedTime(folder.resolve(RecoveryStore.STRUCTURE_FILE), FileTime.from(fileTime));

        RecoveryStore.Recovered recovered = store.load().orElseThrow();
        assertEquals(ExampleStructures.full(), recovered.structure());
        assertEquals(Optional.empty(), recovered.origin());
        assertEquals(fileTime, recovered.savedAt());
    }

    @Test
    void anUnreadableCopyIsReportedWithItsProblemsAndKept() throws Exception {
        Path copy = folder.resolve(RecoveryStore.STRUCTURE_FILE);
        Files.writeString(copy, "{\"schemaVersion\": 1, \"name\": ");
        StructureFormatException e = assertThrows(StructureFormatException.class,
                () -> new RecoveryStore(folder).load());
        assertTrue(e.getMessage().contains("malformed JSON"), e::getMessage);
        assertTrue(Files.exists(copy), "kept until the user declines it");
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}

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
import java.time.Instant;
import java.util.Arrays;
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
    void everySaveIsReadBackAtOnceByAnotherStore() throws Exception {
        RecoveryStore writer = new RecoveryStore(folder);
        for (int k = 1; k <= 12; k++) {
            writer.save(DocumentEdits.after(k), Optional.empty());
            assertEquals(DocumentEdits.after(k), new RecoveryStore(folder).load().orElseThrow().structure());
        }
    }

    @Test
    void clearingLeavesNoFileAndNothingToRecover() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        store.save(ExampleStructures.full(), Optional.empty());
        store.clear();
        assertEquals(Optional.empty(), store.load());
        assertEquals(List.of(), filesIn(folder));
        store.clear(); // clearing twice is harmless
        store.save(ExampleStructures.minimal(), Optional.empty());
        assertEquals(ExampleStructures.minimal(), new RecoveryStore(folder).load().orElseThrow().structure());
    }

    @Test
    void aTornLastRecordIsIgnoredAndThePreviousOneComesBack() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        store.save(DocumentEdits.after(1), Optional.empty());
        store.save(DocumentEdits.after(2), Optional.empty());
        Path journal = folder.resolve(RecoveryStore.JOURNAL_FILE);
        byte[] whole = Files.readAllBytes(journal);
        int secondStart = indexAfterFirstNewline(whole);
        // cuts all through the second record, as a kill during the append leaves it
        for (int cut = secondStart; cut < whole.length; cut += Math.max(1, (whole.length - secondStart) / 37)) {
            Files.write(journal, Arrays.copyOf(whole, cut));
            assertEquals(DocumentEdits.after(1), new RecoveryStore(folder).load().orElseThrow().structure(),
                    "cut at byte " + cut);
        }
        Files.write(journal, Arrays.copyOf(whole, whole.length - 1)); // all but the newline
        assertEquals(DocumentEdits.after(1), new RecoveryStore(folder).load().orElseThrow().structure());
        Files.write(journal, whole);
        assertEquals(DocumentEdits.after(2), new RecoveryStore(folder).load().orElseThrow().structure());
    }

    @Test
    void aRecordWhoseChecksumDoesNotMatchEndsTheJournal() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        store.save(DocumentEdits.after(1), Optional.empty());
        store.save(DocumentEdits.after(2), Optional.empty());
        Path journal = folder.resolve(RecoveryStore.JOURNAL_FILE);
        byte[] bytes = Files.readAllBytes(journal);
        bytes[indexAfterFirstNewline(bytes) + 40] ^= 0x01; // one bit flipped inside the second record's JSON
        Files.write(journal, bytes);
        assertEquals(DocumentEdits.after(1), new RecoveryStore(folder).load().orElseThrow().structure());
    }

    @Test
    void aLongSessionIsCompactedIntoTheSnapshotAndNothingIsLost() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        long biggestJournal = 0;
        int edits = 0;
        boolean compacted = false;
        while (!compacted || edits % 40 != 3) {
            edits++;
            store.save(DocumentEdits.after(edits % 40), Optional.of(folder.resolve("deal.json")));
            long size = Files.size(folder.resolve(RecoveryStore.JOURNAL_FILE));
            compacted |= size < biggestJournal;
            biggestJournal = Math.max(biggestJournal, size);
            assertEquals(DocumentEdits.after(edits % 40), new RecoveryStore(folder).load().orElseThrow().structure(),
                    "after edit " + edits);
        }
        assertTrue(Files.exists(folder.resolve(RecoveryStore.SNAPSHOT_FILE)));
        long journalBound = RecoveryStore.COMPACT_AFTER_BYTES + 64 * 1024;
        assertTrue(biggestJournal <= journalBound, "journal of " + biggestJournal + " bytes");
    }

    @Test
    void aSnapshotNewerThanTheJournalWinsAfterACrashBetweenTheTwo() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        store.save(DocumentEdits.after(1), Optional.empty());
        byte[] oldJournal = Files.readAllBytes(folder.resolve(RecoveryStore.JOURNAL_FILE));
        while (!Files.exists(folder.resolve(RecoveryStore.SNAPSHOT_FILE))) {
            store.save(DocumentEdits.after(2), Optional.empty()); // until a compaction
        }
        Files.write(folder.resolve(RecoveryStore.JOURNAL_FILE), oldJournal); // as if it was never emptied
        assertEquals(DocumentEdits.after(2), new RecoveryStore(folder).load().orElseThrow().structure());
    }

    private static int indexAfterFirstNewline(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        throw new AssertionError("no newline");
    }

    @Test
    void anUnreadableCopyIsReportedWithItsProblemsAndKept() throws Exception {
        Path copy = folder.resolve(RecoveryStore.SNAPSHOT_FILE);
        Files.writeString(copy, "{\"seq\": 3, \"structure\": ");
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

package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tranchelab.model.ExampleStructures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading refuses what is not an ordinary file before opening it, and never reads more than
 * the size limit + 1 byte whatever the file's size says. The timeouts are not speed checks:
 * the failures they catch are a read that never ends (a FIFO with no writer, /dev/zero).
 */
class SpecialFilesReadTest {

    private static final Duration NEVER_ENDS = Duration.ofSeconds(20);

    @Test
    void devZeroIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        IOException e = assertTimeoutPreemptively(NEVER_ENDS,
                () -> assertThrows(IOException.class, () -> StructureJson.read(zero)));
        assertEquals("it is not a regular file (a device, a pipe or a socket); only ordinary files are read",
                e.getMessage());
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt(@TempDir Path folder) throws Exception {
        Path fifo = AtomicFilesTargetTest.mkfifo(folder.resolve("deal.json"));
        IOException e = assertTimeoutPreemptively(NEVER_ENDS,
                () -> assertThrows(IOException.class, () -> StructureJson.read(fifo)));
        assertTrue(e.getMessage().startsWith("it is not a regular file"), e::getMessage);
    }

    @Test
    void aSymbolicLinkToAnOrdinaryFileIsRead(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("deal.json");
        StructureJson.write(ExampleStructures.minimal(), file);
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), file);
        assertEquals(ExampleStructures.minimal(), StructureJson.read(link));
    }

    @Test
    void aFolderIsRefusedWithASentence(@TempDir Path folder) {
        IOException e = assertThrows(IOException.class, () -> StructureJson.read(folder));
        assertEquals("it is a folder, not a file", e.getMessage());
    }

    /** /proc files are regular and report size 0 whatever they hold: the read itself must stop. */
    @Test
    void aFileLongerThanItsSizeSaysStopsOneBytePastTheLimit() throws Exception {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "no /proc here");
        FileBytes.TooLarge e = assertThrows(FileBytes.TooLarge.class, () -> FileBytes.read(status, 100));
        assertEquals(-1, e.size, "the size was not known in advance");
        assertTrue(FileBytes.read(status, 1_000_000).length > 100, "under the limit it is read whole");
    }

    @Test
    void theRecoveryJournalIsReadThroughTheSameChecks(@TempDir Path folder) throws Exception {
        Path journalAsFifo = AtomicFilesTargetTest.mkfifo(folder.resolve(RecoveryStore.JOURNAL_FILE));
        assertTrue(Files.exists(journalAsFifo));
        assertEquals(java.util.Optional.empty(),
                assertTimeoutPreemptively(NEVER_ENDS, () -> new RecoveryStore(folder).load()));
    }
}

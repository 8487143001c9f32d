package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {

    /** Long enough that no scheduled write happens during a test: writes come from flush() and close(). */
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path folder;

    private final List<String> saved = new CopyOnWriteArrayList<>();
    private final List<IOException> failed = new CopyOnWriteArrayList<>();
    private final Autosaver.Listener recorder = new Autosaver.Listener() {
        @Override
        public void saved(Structure structure, Instant at) {
            saved.add(structure.name());
        }

        @Override
        public void failed(IOException error) {
            failed.add(error);
        }
    };

    @Test
    void aBurstOfChangesIsWrittenOnceWithTheNewest() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        try (Autosaver autosaver = new Autosaver(store, NEVER, recorder)) {
            for (int k = 1; k <= 10; k++) {
                autosaver.changed(DocumentEdits.after(k), Optional.empty());
            }
            assertEquals(Optional.empty(), store.load(), "nothing is written before the delay");
            autosaver.flush();
            assertEquals(List.of("edit 10"), saved);
            assertEquals(DocumentEdits.after(10), store.load().orElseThrow().structure());
        }
    }

    @Test
    void aChangeIsWrittenOnItsOwnOnceTheDelayHasPassed() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        CountDownLatch written = new CountDownLatch(1);
        Autosaver autosaver = new Autosaver(store, Duration.ofMillis(20), new Autosaver.Listener() {
            @Override
            public void saved(Structure structure, Instant at) {
                written.countDown();
            }
        });
        try {
            autosaver.changed(DocumentEdits.after(3), Optional.of(folder.resolve("deal.json")));
            assertTrue(written.await(30, TimeUnit.SECONDS), "no write within 30 s of a 20 ms delay");
            assertEquals(DocumentEdits.after(3), store.load().orElseThrow().structure());
        } finally {
            autosaver.close();
        }
    }

    @Test
    void clearingForgetsThePendingChangeAndDeletesTheCopy() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        try (Autosaver autosaver = new Autosaver(store, NEVER, recorder)) {
            autosaver.changed(DocumentEdits.after(1), Optional.empty());
            autosaver.flush();
            autosaver.changed(DocumentEdits.after(2), Optional.empty());
            autosaver.clear(); // the document was saved
            autosaver.flush();
            assertEquals(Optional.empty(), store.load());
            autosaver.changed(DocumentEdits.after(3), Optional.empty()); // and edited again
        }
        assertEquals(DocumentEdits.after(3), store.load().orElseThrow().structure(), "close() writes what is pending");
        assertEquals(List.of("edit 1", "edit 3"), saved);
    }

    @Test
    void aFailedWriteIsReportedAndKeptForTheNextAttempt() throws Exception {
        Path blocker = Files.writeString(folder.resolve("recovery"), "a file where the folder should be");
        RecoveryStore store = new RecoveryStore(blocker);
        try (Autosaver autosaver = new Autosaver(store, NEVER, recorder)) {
            autosaver.changed(DocumentEdits.after(4), Optional.empty());
            IOException e = assertThrows(IOException.class, autosaver::flush);
            assertTrue(e.getMessage().contains(blocker.toString()), e::getMessage);

            Files.delete(blocker); // the user frees the disk, say
            autosaver.flush();
            assertEquals(DocumentEdits.after(4), store.load().orElseThrow().structure());
        }
    }

    @Test
    void aFailedScheduledWriteIsToldToTheListener() throws Exception {
        Path blocker = Files.writeString(folder.resolve("recovery"), "a file where the folder should be");
        CountDownLatch told = new CountDownLatch(1);
        try (Autosaver autosaver = new Autosaver(new RecoveryStore(blocker), Duration.ofMillis(10),
                new Autosaver.Listener() {
                    @Override
                    public void failed(IOException error) {
                        told.countDown();
                    }
                })) {
            autosaver.changed(DocumentEdits.after(1), Optional.empty());
            assertTrue(told.await(30, TimeUnit.SECONDS), "the failure was not told within 30 s");
        } catch (IOException closing) {
            // close() tries the kept edit once more, and the folder is still blocked
        }
    }

    @Test
    void closeStopsTheThreadAndLaterChangesAreIgnored() throws Exception {
        Autosaver autosaver = new Autosaver(new RecoveryStore(folder), NEVER, recorder);
        autosaver.changed(DocumentEdits.after(1), Optional.empty());
        autosaver.close();
        autosaver.close();
        autosaver.changed(DocumentEdits.after(2), Optional.empty());
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(Autosaver.THREAD_NAME)) {
                thread.join(2_000);
                assertFalse(thread.isAlive(), "autosave thread alive after close");
            }
        }
        assertEquals(List.of("edit 1"), saved);
    }
}

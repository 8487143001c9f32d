package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {

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
    void changesThatComeDuringAWriteAreWrittenOnceWithTheNewest() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        CountDownLatch firstWriteDone = new CountDownLatch(1);
        CountDownLatch releaseWriter = new CountDownLatch(1);
        try (Autosaver autosaver = new Autosaver(store, new Autosaver.Listener() {
            @Override
            public void saved(Structure structure, Instant at) {
                saved.add(structure.name());
                firstWriteDone.countDown();
                await(releaseWriter); // holds the writer thread, as a slow disk would
            }
        })) {
            autosaver.changed(DocumentEdits.after(1), Optional.empty());
            assertTrue(firstWriteDone.await(30, TimeUnit.SECONDS), "the first change was not written at once");
            for (int k = 2; k <= 10; k++) {
                autosaver.changed(DocumentEdits.after(k), Optional.empty());
            }
            releaseWriter.countDown();
            autosaver.flush();
            assertEquals(List.of("edit 1", "edit 10"), saved);
            assertEquals(DocumentEdits.after(10), store.load().orElseThrow().structure());
        }
    }

    @Test
    void aChangeIsOnDiskWhenItsWriteIsAcknowledged() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        List<Structure> onDiskWhenAcknowledged = new CopyOnWriteArrayList<>();
        CountDownLatch written = new CountDownLatch(1);
        Autosaver autosaver = new Autosaver(store, new Autosaver.Listener() {
            @Override
            public void saved(Structure structure, Instant at) {
                try {
                    onDiskWhenAcknowledged.add(new RecoveryStore(folder).load().orElseThrow().structure());
                } catch (IOException | StructureFormatException e) {
                    throw new AssertionError(e);
                }
                written.countDown();
            }
        });
        try {
            autosaver.changed(DocumentEdits.after(3), Optional.of(folder.resolve("deal.json")));
            assertTrue(written.await(30, TimeUnit.SECONDS), "no write within 30 s");
            assertEquals(List.of(DocumentEdits.after(3)), onDiskWhenAcknowledged);
        } finally {
            autosaver.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void clearingForgetsThePendingChangeAndDeletesTheCopy() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        try (Autosaver autosaver = new Autosaver(store, recorder)) {
            autosaver.changed(DocumentEdits.after(1), Optional.empty());
            autosaver.flush();
            autosaver.changed(DocumentEdits.after(2), Optional.empty());
            autosaver.clear(); // the document was saved
            autosaver.flush();
            assertEquals(Optional.empty(), store.load());
            autosaver.changed(DocumentEdits.after(3), Optional.empty()); // and edited again
        }
        assertEquals(DocumentEdits.after(3), store.load().orElseThrow().structure(), "close() writes what is pending");
        assertEquals("edit 1", saved.get(0));
        assertEquals("edit 3", saved.get(saved.size() - 1), saved::toString); // edit 2 may have been written before the clear
    }

    @Test
    void aFailedWriteIsReportedAndKeptForTheNextAttempt() throws Exception {
        Path blocker = Files.writeString(folder.resolve("recovery"), "a file where the folder should be");
        RecoveryStore store = new RecoveryStore(blocker);
        try (Autosaver autosaver = new Autosaver(store, recorder)) {
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
        try (Autosaver autosaver = new Autosaver(new RecoveryStore(blocker),
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
        Autosaver autosaver = new Autosaver(new RecoveryStore(folder), recorder);
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

package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryInstancesTest {

    @TempDir
    Path root;

    @Test
    void eachInstanceHasItsOwnFolderAndALiveOnesIsNeverAnOrphan() throws Exception {
        RecoveryInstances instances = new RecoveryInstances(root);
        try (RecoveryInstances.Held a = instances.claim(); RecoveryInstances.Held b = instances.claim()) {
            assertNotEquals(a.store().folder(), b.store().folder());
            a.store().save(DocumentEdits.after(1), Optional.of(root.resolve("a.json")));
            b.store().save(DocumentEdits.after(2), Optional.of(root.resolve("b.json")));
            assertEquals(List.of(), instances.orphans(), "both are alive");
        }
        List<RecoveryInstances.Orphan> orphans = instances.orphans();
        assertEquals(2, orphans.size());
        for (RecoveryInstances.Orphan orphan : orphans) {
            RecoveryStore.Recovered copy = orphan.recovered().orElseThrow();
            assertEquals(copy.structure().equals(DocumentEdits.after(1)) ? root.resolve("a.json") : root.resolve("b.json"),
                    copy.origin().orElseThrow(), "each copy stays tied to its own file");
            orphan.held().close();
        }
    }

    @Test
    void anOrphanIsLockedForWhoeverFoundItSoItIsOfferedOnce() throws Exception {
        RecoveryInstances instances = new RecoveryInstances(root);
        try (RecoveryInstances.Held gone = instances.claim()) {
            gone.store().save(DocumentEdits.after(1), Optional.empty());
        }
        List<RecoveryInstances.Orphan> first = instances.orphans();
        assertEquals(1, first.size());
        assertEquals(List.of(), instances.orphans(), "a second instance starting now does not see it");
        first.get(0).held().close();
        assertEquals(1, instances.orphans().size(), "released, it is offered at the next start");
    }

    @Test
    void foldersOfGoneInstancesThatHoldNothingAreDeleted() throws Exception {
        RecoveryInstances instances = new RecoveryInstances(root);
        Path empty;
        try (RecoveryInstances.Held gone = instances.claim()) {
            empty = gone.store().folder(); // killed before its first edit
        }
        Path cleared;
        try (RecoveryInstances.Held gone = instances.claim()) {
            cleared = gone.store().folder();
            gone.store().save(DocumentEdits.after(1), Optional.empty());
            gone.store().clear(); // saved, then killed
        }
        Path staleStaging = Files.createDirectory(root.resolve(".new-killed-while-starting"));
        Files.createFile(staleStaging.resolve(RecoveryInstances.LOCK_FILE));
        Files.setLastModifiedTime(staleStaging, FileTime.from(Instant.now().minusSeconds(3600)));
        Path freshStaging = Files.createDirectory(root.resolve(".new-starting-now"));
        Files.createFile(freshStaging.resolve(RecoveryInstances.LOCK_FILE));

        assertEquals(List.of(), instances.orphans());
        assertFalse(Files.exists(empty));
        assertFalse(Files.exists(cleared));
        assertFalse(Files.exists(staleStaging));
        assertTrue(Files.exists(freshStaging), "an instance may be between creating its lock and taking it");
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(freshStaging), left.toList());
        }
    }

    @Test
    void aCleanExitOfAnInstanceWithNothingToRecoverLeavesNoFolder() throws Exception {
        RecoveryInstances instances = new RecoveryInstances(root);
        RecoveryInstances.Held held = instances.claim();
        Path folder = held.store().folder();
        held.delete();
        assertFalse(Files.exists(folder));
    }
}

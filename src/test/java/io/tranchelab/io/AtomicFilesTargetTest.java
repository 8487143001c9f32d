package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save respects what it replaces (docs/decisions/0007-edit-journal.md): links, permissions,
 * owners, special files, long names, and the temporary files a kill leaves.
 */
class AtomicFilesTargetTest {

    @TempDir
    Path folder;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent() throws Exception {
        Path real = Files.writeString(Files.createDirectories(folder.resolve("deals")).resolve("deal.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("current.json"), Path.of("deals", "deal.json"));
        Path linkToLink = Files.createSymbolicLink(folder.resolve("latest.json"), Path.of("current.json"));

        AtomicFiles.write(linkToLink, text("new"));

        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isSymbolicLink(linkToLink));
        assertEquals(Path.of("deals", "deal.json"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of(real), filesIn(real.getParent()), "no temporary file left beside the target");
    }

    @Test
    void aDanglingLinkCreatesTheFileItNames() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("deal.json"), Path.of("made-later.json"));
        AtomicFiles.write(link, text("first save"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("first save", Files.readString(folder.resolve("made-later.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-------", "rw-r-----", "rwxr-x---", "r--r--r--"})
    void theFilesPermissionsAreKept(String mode) throws Exception {
        Path file = Files.writeString(folder.resolve("deal.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        AtomicFiles.write(file, text("new"));
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("new", Files.readString(file));
    }

    @Test
    void asRootTheOwnerAndGroupAreKept() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file to another user");
        Path file = Files.writeString(folder.resolve("deal.json"), "old");
        UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(file, nobody);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(file, text("new"));
        assertEquals(nobody, Files.getOwner(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    /**
     * The decision pinned: a save is atomic, so it gives this name a new file; the other hard
     * links keep the previous content (and {@link AtomicFiles#hardLinks} lets the caller say so).
     */
    @Test
    void aHardLinkedFileIsReplacedUnderThisNameOnlyAndTheOtherNamesKeepTheOldContent() throws Exception {
        Path file = Files.writeString(folder.resolve("deal.json"), "old");
        Path other = Files.createLink(folder.resolve("backup.json"), file);
        assertEquals(2, AtomicFiles.hardLinks(file));

        AtomicFiles.write(file, text("new"));

        assertEquals("new", Files.readString(file));
        assertEquals("old", Files.readString(other));
        assertEquals(1, AtomicFiles.hardLinks(file));
        assertEquals(1, AtomicFiles.hardLinks(other));
    }

    @Test
    void aFifoIsRefusedWithASentenceAndStaysAFifo() throws Exception {
        Path fifo = mkfifo(folder.resolve("pipe.json"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(fifo, text("data")));
        assertEquals("cannot write " + fifo + ": it is not a regular file (a device, a pipe or a socket),"
                + " and a save never replaces one; choose an ordinary file", e.getMessage());
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(fifo), filesIn(folder));
    }

    @Test
    void aDeviceIsRefusedAndStaysADevice() throws Exception {
        // a private copy of /dev/null: the test never risks the real one
        Path device = folder.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").redirectErrorStream(true).start();
        assumeTrue(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0, "mknod needs root");
        Path link = Files.createSymbolicLink(folder.resolve("out.pdf"), device);

        for (Path target : List.of(device, link)) {
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, text("report")));
            assertTrue(e.getMessage().contains("not a regular file"), e::getMessage);
        }
        assertTrue(Files.exists(device) && !Files.isRegularFile(device), "still a device");
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 213, 240, 255})
    void namesUpToTheSystemsLimitCanBeSaved(int length) throws Exception {
        String name = "d".repeat(length - 5) + ".json";
        Path file = folder.resolve(name);
        AtomicFiles.write(file, text("first"));
        AtomicFiles.write(file, text("second"));
        assertEquals("second", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void temporaryFilesAKilledSaveLeftAreDeletedAtTheNextSaveInTheFolder() throws Exception {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        Path stale = old(Files.writeString(folder.resolve(".~tlab12cd.tmp"), "half a save"), anHourAgo);
        Path staleOldStyle = old(Files.writeString(folder.resolve(".deal.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"),
                "half a save"), anHourAgo);
        Path underWay = Files.writeString(folder.resolve(".~tlzz99yy.tmp"), "another instance's save, now");
        Path notOurs = old(Files.writeString(folder.resolve(".~tlnotours.tmp"), "someone else's"), anHourAgo);
        Path alsoNotOurs = old(Files.writeString(folder.resolve("notes.tmp"), "a user's file"), anHourAgo);

        Path file = folder.resolve("deal.json");
        AtomicFiles.write(file, text("saved"));

        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleOldStyle));
        assertTrue(Files.exists(underWay), "a fresh one may be a save under way");
        assertTrue(Files.exists(notOurs));
        assertTrue(Files.exists(alsoNotOurs));
    }

    private static Path old(Path file, Instant when) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(when));
        return file;
    }

    static Path mkfifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
        return path;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}

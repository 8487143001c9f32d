package io.tranchelab.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The recovery folder shared by every workbench running for a user ({@code ~/.tranchelab/recovery}),
 * split so that each instance's work stays its own: an instance {@link #claim claims} a subfolder
 * and holds a lock on its {@code instance.lock} (a {@link FileChannel#lock()}, released by the
 * operating system when the process dies, however it dies). At start, every subfolder whose lock
 * is free belongs to an instance that is gone; {@link #orphans()} locks each of them (so that two
 * workbenches starting together never offer the same copy) and reads what it holds.
 *
 * <p>A subfolder is created under a dot-name, locked, and only then renamed to its id: another
 * instance scanning at that moment never sees a subfolder that is not yet locked.
 */
public final class RecoveryInstances {

    static final String LOCK_FILE = "instance.lock";
    private static final String NEW_PREFIX = ".new-";

    private final Path root;

    public RecoveryInstances(Path root) {
        this.root = root.toAbsolutePath();
    }

    /** {@code ~/.tranchelab/recovery}. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("user.home"), ".tranchelab", "recovery");
    }

    public Path root() {
        return root;
    }

    /** A locked subfolder of one instance, with the store in it; closing releases the lock. */
    public static final class Held implements AutoCloseable {
        private final RecoveryStore store;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(RecoveryStore store, FileChannel channel, FileLock lock) {
            this.store = store;
            this.channel = channel;
            this.lock = lock;
        }

        public RecoveryStore store() {
            return store;
        }

        /** Deletes the subfolder with everything in it (its work was saved, restored elsewhere or declined). */
        public void delete() throws IOException {
            Path folder = store.folder();
            if (!Files.isDirectory(folder)) {
                close();
                return;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted(Comparator.comparing(p -> p.getFileName().toString().equals(LOCK_FILE)))
                        .toList()) {
                    Files.deleteIfExists(file); // the lock file last: until then nobody else may claim the rest
                }
            }
            close();
            Files.deleteIfExists(folder);
        }

        /** Releases the lock: the subfolder is left for the next start to find. */
        @Override
        public void close() throws IOException {
            if (channel.isOpen()) {
                lock.release();
                channel.close();
            }
        }
    }

    /** What a gone instance left: its locked subfolder and what could be read there. */
    public record Orphan(Held held, Optional<RecoveryStore.Recovered> recovered, Optional<Exception> unreadable) {
    }

    /** A new subfolder for this instance, locked until {@link Held#close()} or the process ends. */
    public Held claim() throws IOException {
        Files.createDirectories(root);
        String id = Long.toString(System.currentTimeMillis(), 36) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path staging = Files.createDirectory(root.resolve(NEW_PREFIX + id));
        FileChannel channel = FileChannel.open(staging.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            Path folder = Files.move(staging, root.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            return new Held(new RecoveryStore(folder), channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Every subfolder of a gone instance that holds work, locked for the caller, newest first.
     * Subfolders of gone instances that hold nothing are deleted on the way; those of running
     * instances are left alone. Readable or not, each copy is listed: none is skipped unseen.
     */
    public List<Orphan> orphans() throws IOException {
        List<Orphan> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
            entries.forEach(folders::add);
        }
        for (Path folder : folders) {
            boolean staging = folder.getFileName().toString().startsWith(NEW_PREFIX);
            if (staging && !isOld(folder)) {
                continue; // an instance being claimed right now, between creating its lock and taking it
            }
            Optional<Held> held = tryLock(folder);
            if (held.isEmpty()) {
                continue; // a running instance's, or not ours
            }
            try {
                Optional<RecoveryStore.Recovered> recovered = staging ? Optional.empty() : held.get().store().load();
                if (recovered.isEmpty()) {
                    held.get().delete();
                } else {
                    found.add(new Orphan(held.get(), recovered, Optional.empty()));
                }
            } catch (IOException | StructureFormatException | RuntimeException e) {
                found.add(new Orphan(held.get(), Optional.empty(), Optional.of(e)));
            }
        }
        found.sort(Comparator.comparing((Orphan o) -> o.recovered().map(RecoveryStore.Recovered::savedAt)
                .orElse(Instant.MAX)).reversed());
        return found;
    }

    /** A staging folder left this long is the leftover of an instance killed while it started. */
    private static boolean isOld(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minusSeconds(60));
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder's lock when nobody holds it; empty when a live instance does (in this JVM or another). */
    private static Optional<Held> tryLock(Path folder) throws IOException {
        Path lockFile = folder.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lockFile)) {
            return Optional.empty(); // being deleted by whoever holds it, or not an instance folder
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null && Files.isRegularFile(lockFile)) {
                return Optional.of(new Held(new RecoveryStore(folder), channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // an instance in this very process (tests, or a second window) holds it
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }
}

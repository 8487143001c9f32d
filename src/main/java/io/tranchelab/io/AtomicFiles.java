package io.tranchelab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a crash or a full disk leaves either the old file or the new one,
 * never half of one: write a temporary file next to the target, force it to disk, then move it
 * over the target. A failure names the file and says why, and leaves no temporary file behind.
 *
 * <p>The replacement respects what it replaces (docs/decisions/0007-edit-journal.md):
 * <ul>
 * <li>a symbolic link is followed: the file it points to is replaced, the link stays a link;</li>
 * <li>the file's POSIX permissions are kept (a mode-600 file stays 600), and its owner and group
 * where the process may set them (as root);</li>
 * <li>a device, a FIFO or a socket is refused with a sentence, never replaced by a regular file;</li>
 * <li>a file with several hard links is replaced under this name only: the other names keep the
 * previous content ({@link #hardLinks} lets a caller say so). Writing in place would keep the
 * link but lose atomicity, and a crash mid-write would damage every name at once.</li>
 * </ul>
 * The temporary name is short ({@code .~tl} + 6 random characters + {@code .tmp}), so a target
 * name of up to 255 bytes still works, and temporary files a killed process left behind (ours
 * by that pattern, older than {@link #STALE_AFTER}) are deleted at the next write in the folder.
 */
public final class AtomicFiles {

    /** A temporary file older than this is a leftover of a killed process, not a write under way. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    static final String TEMP_PREFIX = ".~tl";
    static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern TEMP_NAME = Pattern.compile("\\.~tl[a-z0-9]{6}\\.tmp");
    /** What earlier versions named their temporary files: "." + name + "." + UUID + ".tmp". */
    private static final Pattern OLD_TEMP_NAME = Pattern.compile(
            "\\..*\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
    private static final String TEMP_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINK_HOPS = 40;

    private AtomicFiles() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path requested = file.toAbsolutePath();
        Path temp = null;
        try {
            Path target = realTarget(requested);
            BasicFileAttributes existing = existingAttributes(target);
            Path folder = target.getParent();
            deleteStaleTemporaryFiles(folder);
            temp = createTemporaryFile(folder, existing != null);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (existing instanceof PosixFileAttributes posix) {
                    copyOwnerAndPermissions(posix, temp);
                }
                channel.force(true);
            }
            move(temp, target);
            temp = null;
            forceFolder(folder);
        } catch (IOException e) {
            IOException failure = new IOException("cannot write " + requested + ": " + reason(e), e);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        }
    }

    /**
     * How many names the file has (1 for an ordinary file, or when the system does not say):
     * above 1, a save through {@link #write} leaves the other names with the previous content.
     */
    public static int hardLinks(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;
        }
    }

    /**
     * The file a write to {@code path} must replace: the target of a symbolic link (chains and
     * links to links in folders included), or the path itself. A dangling link names the file to create.
     */
    static Path realTarget(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; hops < MAX_LINK_HOPS; hops++) {
            if (Files.exists(current)) {
                return current.toRealPath();
            }
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
        }
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
    }

    /** The target's attributes (POSIX ones where the system has them), or null when there is no file yet. */
    private static BasicFileAttributes existingAttributes(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        BasicFileAttributes attributes = Files.getFileAttributeView(target, PosixFileAttributeView.class) != null
                ? Files.readAttributes(target, PosixFileAttributes.class)
                : Files.readAttributes(target, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "a folder of that name is in the way");
        }
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(target.toString(), null, "it is not a regular file (a device, a pipe"
                    + " or a socket), and a save never replaces one; choose an ordinary file");
        }
        return attributes;
    }

    /**
     * Creates an empty temporary file. Not {@code Files.createTempFile}: its long name would not
     * fit beside a long target name. Replacing a file, the temporary starts owner-only and gets
     * the target's permissions once written, so a private file is never readable by others meanwhile;
     * a new file gets the usual permissions (the umask's).
     */
    private static Path createTemporaryFile(Path folder, boolean replacing) throws IOException {
        boolean posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = replacing && posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(TEMP_PREFIX + randomName() + TEMP_SUFFIX);
            try {
                return Files.createFile(candidate, attributes);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
        }
    }

    private static String randomName() {
        StringBuilder name = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            name.append(TEMP_ALPHABET.charAt(RANDOM.nextInt(TEMP_ALPHABET.length())));
        }
        return name.toString();
    }

    /** Owner and group first (changing them may clear mode bits), then the permissions. */
    private static void copyOwnerAndPermissions(PosixFileAttributes target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.owner().equals(target.owner())) {
                view.setOwner(target.owner());
            }
        } catch (IOException notRoot) {
            // only root may give a file away: the saved file is then the saver's, as any editor leaves it
        }
        try {
            if (!now.group().equals(target.group())) {
                view.setGroup(target.group());
            }
        } catch (IOException notAMember) {
            // a group the saver is not in: the file takes the saver's group
        }
        Set<PosixFilePermission> permissions = target.permissions();
        view.setPermissions(permissions);
    }

    /**
     * Deletes our own temporary files a killed process left in {@code folder}. Only names of our
     * pattern, and only old ones: a fresh one may be another instance's write under way.
     * Best effort: a folder that cannot be listed is no reason not to save.
     */
    static void deleteStaleTemporaryFiles(Path folder) {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                String name = temp.getFileName().toString();
                if ((TEMP_NAME.matcher(name).matches() || OLD_TEMP_NAME.matcher(name).matches())
                        && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // leftovers stay until the next write; the save itself does not depend on them
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes the rename itself durable (POSIX keeps it in the folder's entry, which has to be
     * synced too). Best effort: some systems cannot open a folder for syncing, and the file's
     * content is already on disk.
     */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the new file is complete either way; at worst a crash now brings back the old one
        }
    }

    /** The operating system's reason in words a user can act on. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (is the folder read-only?)";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}

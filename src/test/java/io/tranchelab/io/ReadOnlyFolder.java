package io.tranchelab.io;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder that no file can be created in, and undoes it on close. Permission bits do
 * not stop root (the tests may run as root), so when they are not enough the folder gets the
 * immutable attribute ({@code chattr +i}), which stops root too. Where neither works the test
 * is skipped rather than passing without having tested anything.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final Set<PosixFilePermission> permissions;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, Set<PosixFilePermission> permissions, boolean immutable) {
        this.folder = folder;
        this.permissions = permissions;
        this.immutable = immutable;
    }

    static ReadOnlyFolder lock(Path folder) throws IOException, InterruptedException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!canCreateFileIn(folder)) {
            return new ReadOnlyFolder(folder, permissions, false);
        }
        Files.setPosixFilePermissions(folder, permissions);
        if (chattr("+i", folder) && !canCreateFileIn(folder)) {
            return new ReadOnlyFolder(folder, permissions, true);
        }
        chattr("-i", folder);
        return abort("cannot make a folder read-only here: permission bits do not stop this user and chattr +i"
                + " is not available");
    }

    private static boolean canCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean chattr(String flag, Path folder) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable && !chattr("-i", folder)) {
            throw new IOException("could not undo chattr +i on " + folder);
        }
        Files.setPosixFilePermissions(folder, permissions);
    }
}

package io.tranchelab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole file, but only an ordinary one and only up to a cap. {@code Files.size} says 0
 * for a device or a pipe, so a check of the size alone lets {@code /dev/zero} read until the
 * heap is full; and opening a FIFO blocks until a writer comes, so the kind of file is checked
 * before it is opened, and the read itself stops one byte past the cap whatever the size said.
 */
final class FileBytes {

    /** The file is longer than the cap; {@link #size} is its length, or -1 when it was not known in advance. */
    static final class TooLarge extends IOException {
        final long size;

        TooLarge(Path file, long size, long max) {
            super(file + " is " + (size < 0 ? "more than " + max : size) + " bytes");
            this.size = size;
        }
    }

    private FileBytes() {
    }

    /**
     * The bytes of {@code file} (symbolic links followed), at most {@code max} of them.
     *
     * @throws TooLarge when the file has more than {@code max} bytes (nothing beyond max + 1 is read)
     * @throws IOException saying why when it is missing, a folder, or not a regular file (callers name the file)
     */
    static byte[] read(Path file, long max) throws IOException {
        requireRegular(file);
        long size = Files.size(file);
        if (size > max) {
            throw new TooLarge(file, size, max);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new TooLarge(file, -1, max); // it grew since Files.size, or the size was a lie
            }
            return bytes;
        }
    }

    /** Refuses, before opening it, what is not an ordinary file: a FIFO would block, a device never ends. */
    static void requireRegular(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        throw new IOException("it is not a regular file (a device, a pipe or a socket); only ordinary files are read");
    }
}

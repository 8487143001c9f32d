package io.tranchelab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that a crash or a full disk leaves either the old file or the new one,
 * never half of one: write a temporary file next to the target, force it to disk, then move it
 * over the target.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would end up on the saved file.
            Path candidate = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                temp = candidate;
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException e) {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            throw new IOException("cannot write " + target + ": " + e, e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

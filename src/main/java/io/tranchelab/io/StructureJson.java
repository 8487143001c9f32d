package io.tranchelab.io;

import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes structures as JSON (docs/format.md). */
public final class StructureJson {

    public static final int SCHEMA_VERSION = 1;

    private StructureJson() {
    }

    /** Parses and validates; every problem names its field as a JSON pointer. */
    public static Structure parse(String json) throws StructureFormatException {
        throw new UnsupportedOperationException("TODO(io helper)");
    }

    public static Structure read(Path file) throws IOException, StructureFormatException {
        throw new UnsupportedOperationException("TODO(io helper)");
    }

    public static String toJson(Structure structure) {
        throw new UnsupportedOperationException("TODO(io helper)");
    }

    /** Writes atomically: a temporary file in the same folder, forced to disk, then moved over the target. */
    public static void write(Structure structure, Path file) throws IOException {
        throw new UnsupportedOperationException("TODO(io helper)");
    }
}

package io.tranchelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads and writes structures as JSON (docs/format.md). */
public final class StructureJson {

    /** The version this TrancheLab writes when a structure needs it, and the newest it reads. */
    public static final int SCHEMA_VERSION = 2;
    /** The oldest version it reads; such files open unchanged, and are written back in it while they use nothing newer. */
    public static final int OLDEST_SCHEMA_VERSION = 1;

    private StructureJson() {
    }

    /** Parses and validates; every problem names its field as a JSON pointer. */
    public static Structure parse(String json) throws StructureFormatException {
        return validated(StructureReader.read(JsonParsing.parse(json)));
    }

    public static Structure read(Path file) throws IOException, StructureFormatException {
        return parse(readLimited(file));
    }

    /**
     * The file's bytes, refused when it is over the document size limit (before reading when its
     * size says so, and in any case after limit + 1 bytes), and refused before opening when it is
     * not an ordinary file: a FIFO would block the reader, a device like /dev/zero never ends.
     */
    static byte[] readLimited(Path file) throws IOException, StructureFormatException {
        try {
            return FileBytes.read(file, JsonParsing.MAX_DOCUMENT_LENGTH);
        } catch (FileBytes.TooLarge e) {
            String size = e.size < 0 ? "more than " + String.format(Locale.ROOT, "%,d", JsonParsing.MAX_DOCUMENT_LENGTH)
                    : String.format(Locale.ROOT, "%,d", e.size);
            throw new StructureFormatException(List.of(new Problem("", String.format(Locale.ROOT,
                    "the file is %s bytes; a structure file may have at most %,d", size,
                    JsonParsing.MAX_DOCUMENT_LENGTH))));
        }
    }

    /** Parses a file's bytes (UTF-8; a byte order mark of UTF-8, -16 or -32 is honoured) and validates. */
    static Structure parse(byte[] json) throws StructureFormatException {
        return validated(parseDraft(json));
    }

    /**
     * Reads the form (fields, types, finite numbers) but not the meaning: a draft the analyst
     * was still editing when it was autosaved (shares not yet summing to 1) comes back as it was.
     */
    static Structure parseDraft(byte[] json) throws StructureFormatException {
        return StructureReader.read(JsonParsing.parse(json));
    }

    /**
     * The structure as a JSON tree (the form {@link #toJson} writes), for tools that edit a
     * structure by JSON pointer and read it back with {@link #fromTree}.
     */
    public static ObjectNode toTree(Structure structure) {
        return StructureWriter.toTree(structure);
    }

    /** Reads and validates a JSON tree; every problem names its field as a JSON pointer. */
    public static Structure fromTree(JsonNode tree) throws StructureFormatException {
        return validated(StructureReader.read(tree));
    }

    public static String toJson(Structure structure) {
        try {
            return JsonParsing.MAPPER.writer(new JsonLayout()).writeValueAsString(StructureWriter.toTree(structure))
                    + "\n";
        } catch (JsonProcessingException e) {
            // Writing a tree of plain values to a string has no failure mode but a bug.
            throw new UncheckedIOException(e);
        }
    }

    /** Writes atomically: a temporary file in the same folder, forced to disk, then moved over the target. */
    public static void write(Structure structure, Path file) throws IOException {
        AtomicFiles.write(file, toJson(structure).getBytes(StandardCharsets.UTF_8));
    }

    private static Structure validated(Structure structure) throws StructureFormatException {
        List<Problem> problems = StructureValidator.validate(structure);
        if (!problems.isEmpty()) {
            throw new StructureFormatException(problems);
        }
        return structure;
    }
}

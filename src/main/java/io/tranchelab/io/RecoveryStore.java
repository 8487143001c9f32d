package io.tranchelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The recovery copy of the open document: the structure as it was at the last autosave, so
 * that after a crash or a kill no edit made since the last save is lost. Written by an
 * {@link Autosaver}; read once at start.
 *
 * <p>Two files in the folder (by default {@code ~/.tranchelab/recovery/}): {@code autosave.json},
 * the structure in the ordinary file format (a user can open it by hand), and
 * {@code autosave.meta.json}, {@code {"origin": the document's file or null, "savedAt": an
 * ISO-8601 instant}}. Each is replaced atomically, the structure first: a crash between the two
 * leaves the newest structure with the previous metadata, which at worst names the file the
 * document had before a "save as". The structure is written as it is, valid or not, and read
 * back without the validator: a draft comes back as the analyst left it.
 *
 * <p>How the workbench uses it (no JavaFX here):
 * <ul>
 * <li>At start: {@code new RecoveryStore(RecoveryStore.defaultFolder()).load()}; when a
 * recovery is present, offer to restore it ("Unsaved changes to deal.json from 14:03").
 * Restoring opens the structure as a dirty document whose file is the origin (untitled when
 * empty); declining calls {@link #clear()}. An unreadable recovery file (the load throws) is
 * reported and left in place until the user declines it.</li>
 * <li>While editing: {@link Autosaver#changed} on every edit; {@link Autosaver#clear()} after
 * a successful save and when the user closes the document without saving on purpose;
 * {@link Autosaver#close()} at exit.</li>
 * </ul>
 * One store serves one document: a workbench with several windows gives each its own folder.
 */
public final class RecoveryStore {

    static final String STRUCTURE_FILE = "autosave.json";
    static final String META_FILE = "autosave.meta.json";
    /** The metadata is two short fields; anything bigger is not ours. */
    private static final long MAX_META_BYTES = 64 * 1024;

    /** What was recovered: the structure, the file it came from (empty: never saved), and when. */
    public record Recovered(Structure structure, Optional<Path> origin, Instant savedAt) {
    }

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** {@code ~/.tranchelab/recovery}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".tranchelab", "recovery");
    }

    public Path folder() {
        return folder;
    }

    /** Replaces the recovery copy, creating the folder if needed. */
    public synchronized void save(Structure structure, Optional<Path> origin) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.write(folder.resolve(STRUCTURE_FILE), StructureJson.toJson(structure)
                .getBytes(StandardCharsets.UTF_8));
        ObjectNode meta = JsonParsing.MAPPER.createObjectNode();
        meta.put("origin", origin.map(path -> path.toAbsolutePath().toString()).orElse(null));
        meta.put("savedAt", Instant.now().toString());
        AtomicFiles.write(folder.resolve(META_FILE), JsonParsing.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(meta));
    }

    /**
     * The recovery copy, or empty when there is none.
     *
     * @throws StructureFormatException when the copy is there but cannot be read as a structure
     */
    public synchronized Optional<Recovered> load() throws IOException, StructureFormatException {
        Path file = folder.resolve(STRUCTURE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Structure structure = StructureJson.parseDraft(StructureJson.readLimited(file));
        JsonNode meta = readMeta();
        Optional<Path> origin = Optional.empty();
        Instant savedAt = Files.getLastModifiedTime(file).toInstant();
        try {
            if (meta.path("origin").isTextual()) {
                origin = Optional.of(Path.of(meta.get("origin").textValue()));
            }
            if (meta.path("savedAt").isTextual()) {
                savedAt = Instant.parse(meta.get("savedAt").textValue());
            }
        } catch (InvalidPathException | DateTimeException e) {
            // metadata is a convenience: the structure is what must come back
        }
        return Optional.of(new Recovered(structure, origin, savedAt));
    }

    /** Deletes the recovery copy: the document was saved, or closed on purpose. */
    public synchronized void clear() throws IOException {
        // The structure first: a crash in between leaves only metadata, which load() ignores.
        Files.deleteIfExists(folder.resolve(STRUCTURE_FILE));
        Files.deleteIfExists(folder.resolve(META_FILE));
    }

    private JsonNode readMeta() {
        Path file = folder.resolve(META_FILE);
        try {
            if (Files.size(file) > MAX_META_BYTES) {
                return JsonParsing.MAPPER.createObjectNode();
            }
            return JsonParsing.parse(Files.readAllBytes(file));
        } catch (IOException | StructureFormatException e) {
            return JsonParsing.MAPPER.createObjectNode();
        }
    }
}

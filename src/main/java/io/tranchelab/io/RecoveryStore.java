package io.tranchelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The recovery copy of one workbench instance's document, kept as an edit journal so that every
 * change it has acknowledged survives a kill (docs/decisions/0007-edit-journal.md). Written by
 * an {@link Autosaver}; read at the next start through {@link RecoveryInstances}.
 *
 * <p>Two files in the instance's folder:
 * <ul>
 * <li>{@code journal.log}, append-only: one line per change, {@code CRC32-in-hex SPACE record}, the
 * record being compact JSON {@code {"seq", "savedAt", "origin", "structure"}} with the whole
 * structure (a change is small next to a disk's latency, and a whole structure needs no replay
 * logic). Each append is forced to disk before {@link #save} returns.</li>
 * <li>{@code snapshot.json}: the same record, replaced atomically when the journal has grown past
 * {@link #COMPACT_AFTER_BYTES}; the journal is then emptied.</li>
 * </ul>
 * What comes back is the record with the highest {@code seq} among the snapshot and the journal
 * lines that read whole: a line a kill cut short (no newline, or a CRC that does not match) ends
 * the journal and is ignored, and a crash between writing the snapshot and emptying the journal
 * is harmless because the snapshot's seq wins. {@link #clear()} appends a record without a
 * structure (nothing to recover) before deleting the files, so a crash half-way through a clear
 * never brings back older work. The structure is written as it is, valid or not, and read back
 * without the validator: a draft comes back as the analyst left it.
 */
public final class RecoveryStore {

    static final String JOURNAL_FILE = "journal.log";
    static final String SNAPSHOT_FILE = "snapshot.json";
    /** Past this the journal is folded into the snapshot: restoring never reads much more than two copies. */
    static final long COMPACT_AFTER_BYTES = 512 * 1024;
    /** A journal is at most the compaction size plus one record; a record at most a document and its envelope. */
    private static final long MAX_RECORD_BYTES = JsonParsing.MAX_DOCUMENT_LENGTH + 64 * 1024;
    private static final long MAX_JOURNAL_BYTES = COMPACT_AFTER_BYTES + 2 * MAX_RECORD_BYTES;

    /** What was recovered: the structure, the file it came from (empty: never saved), and when. */
    public record Recovered(Structure structure, Optional<Path> origin, Instant savedAt) {
    }

    /** A record as read: {@code recovered} empty for a clear. */
    private record Entry(long seq, Optional<Recovered> recovered) {
    }

    private final Path folder;
    private long lastSeq = -1; // -1: not read from disk yet; guarded by this

    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }

    /**
     * Appends the structure to the journal and forces it to disk, creating the folder if needed:
     * when this returns, the structure survives a kill of the process.
     */
    public synchronized void save(Structure structure, Optional<Path> origin) throws IOException {
        append(record(nextSeq(), structure, origin));
    }

    /**
     * Gets the first save ready before it is needed, so that the first change of a session is
     * acknowledged as fast as the others: creates the folder and an empty journal (forced to
     * disk with its name), and builds one record of {@code sample} that is then dropped, which
     * loads and warms the JSON writer. On a busy machine that first record took seconds.
     */
    public synchronized void prepare(Structure sample) throws IOException {
        record(0, sample, Optional.empty());
        Files.createDirectories(folder);
        Path journal = folder.resolve(JOURNAL_FILE);
        if (!Files.exists(journal)) {
            try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            AtomicFiles.forceFolder(folder);
        }
    }

    /**
     * The newest copy, or empty when there is none (never saved, or cleared).
     *
     * @throws StructureFormatException when the snapshot is there but cannot be read as a structure
     */
    public synchronized Optional<Recovered> load() throws IOException, StructureFormatException {
        Entry newest = newest();
        lastSeq = Math.max(lastSeq, newest.seq());
        return newest.recovered();
    }

    /** Deletes the copy: the document was saved, or closed on purpose. */
    public synchronized void clear() throws IOException {
        Path journal = folder.resolve(JOURNAL_FILE);
        Path snapshot = folder.resolve(SNAPSHOT_FILE);
        if (!Files.exists(journal) && !Files.exists(snapshot)) {
            return;
        }
        append(record(nextSeq(), null, Optional.empty())); // a crash from here on recovers nothing
        Files.deleteIfExists(snapshot);
        Files.deleteIfExists(journal);
    }

    private long nextSeq() throws IOException {
        if (lastSeq < 0) {
            try {
                lastSeq = Math.max(0, newest().seq());
            } catch (StructureFormatException unreadable) {
                lastSeq = Math.max(0, journalSeqs());
            }
        }
        return ++lastSeq;
    }

    private void append(byte[] line) throws IOException {
        Files.createDirectories(folder);
        Path journal = folder.resolve(JOURNAL_FILE);
        boolean created = !Files.exists(journal);
        long size;
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
            size = channel.size();
        } catch (IOException e) {
            throw new IOException("cannot write the recovery journal " + journal + ": " + e.getMessage(), e);
        }
        if (created) {
            AtomicFiles.forceFolder(folder); // the journal's name must survive a power cut too
        }
        if (size > COMPACT_AFTER_BYTES) {
            compact(line);
        }
    }

    /** The snapshot becomes the journal's last record; then the journal is emptied. */
    private void compact(byte[] lastLine) throws IOException {
        String text = new String(lastLine, StandardCharsets.UTF_8);
        byte[] record = text.substring(text.indexOf(' ') + 1).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(SNAPSHOT_FILE), record);
        try (FileChannel channel = FileChannel.open(folder.resolve(JOURNAL_FILE), StandardOpenOption.WRITE)) {
            channel.truncate(0);
            channel.force(false);
        }
    }

    private static byte[] record(long seq, Structure structure, Optional<Path> origin) {
        ObjectNode record = JsonParsing.MAPPER.createObjectNode();
        record.put("seq", seq);
        record.put("savedAt", Instant.now().toString());
        record.put("origin", origin.map(path -> path.toAbsolutePath().toString()).orElse(null));
        if (structure == null) {
            record.putNull("structure");
        } else {
            record.set("structure", StructureWriter.toTree(structure));
        }
        byte[] json;
        try {
            json = JsonParsing.MAPPER.writeValueAsBytes(record); // compact: one line, newlines in strings escaped
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
        CRC32 crc = new CRC32();
        crc.update(json);
        byte[] prefix = (HexFormat.of().toHexDigits((int) crc.getValue()) + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[prefix.length + json.length + 1];
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        System.arraycopy(json, 0, line, prefix.length, json.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /** The record with the highest seq among the snapshot and the whole journal lines. */
    private Entry newest() throws IOException, StructureFormatException {
        Entry best = new Entry(0, Optional.empty());
        Path snapshot = folder.resolve(SNAPSHOT_FILE);
        if (Files.isRegularFile(snapshot)) {
            try {
                best = entry(JsonParsing.parse(FileBytes.read(snapshot, MAX_RECORD_BYTES)));
            } catch (FileBytes.TooLarge e) {
                throw new StructureFormatException(List.of(new Problem("", "the recovery snapshot is too large")));
            }
        }
        for (JsonNode line : journalLines()) {
            try {
                Entry entry = entry(line);
                if (entry.seq() > best.seq()) {
                    best = entry;
                }
            } catch (StructureFormatException e) {
                break; // a record that checks out but does not read is not ours to trust, nor what follows
            }
        }
        return best;
    }

    private long journalSeqs() throws IOException {
        long max = 0;
        for (JsonNode line : journalLines()) {
            max = Math.max(max, line.path("seq").asLong());
        }
        return max;
    }

    /** The journal's records up to the first line that is not whole (the one a kill cut short). */
    private List<JsonNode> journalLines() throws IOException {
        Path journal = folder.resolve(JOURNAL_FILE);
        if (!Files.isRegularFile(journal)) {
            return List.of();
        }
        byte[] bytes;
        try {
            bytes = FileBytes.read(journal, MAX_JOURNAL_BYTES);
        } catch (FileBytes.TooLarge e) {
            return List.of(); // not a journal this class wrote; the snapshot still counts
        }
        List<JsonNode> records = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            int space = indexOf(bytes, (byte) ' ', start);
            if (end < 0 || space < 0 || space > end) {
                break; // torn: the last append did not finish
            }
            JsonNode record = checked(bytes, start, space, end);
            if (record == null) {
                break;
            }
            records.add(record);
            start = end + 1;
        }
        return records;
    }

    /** The record between {@code space} and {@code end} when its CRC matches, else null. */
    private static JsonNode checked(byte[] bytes, int start, int space, int end) {
        CRC32 crc = new CRC32();
        crc.update(bytes, space + 1, end - space - 1);
        String expected = new String(bytes, start, space - start, StandardCharsets.US_ASCII);
        if (!expected.equals(HexFormat.of().toHexDigits((int) crc.getValue()))) {
            return null;
        }
        byte[] json = Arrays.copyOfRange(bytes, space + 1, end);
        try {
            return JsonParsing.parse(json);
        } catch (StructureFormatException e) {
            return null;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Entry entry(JsonNode record) throws StructureFormatException {
        long seq = record.path("seq").asLong(0);
        JsonNode structure = record.path("structure");
        if (structure.isNull()) {
            return new Entry(seq, Optional.empty());
        }
        if (!structure.isObject()) {
            throw new StructureFormatException(List.of(new Problem("/structure", "missing")));
        }
        Structure read = StructureReader.read(structure);
        Optional<Path> origin = Optional.empty();
        Instant savedAt = Instant.EPOCH;
        try {
            if (record.path("origin").isTextual()) {
                origin = Optional.of(Path.of(record.get("origin").textValue()));
            }
            if (record.path("savedAt").isTextual()) {
                savedAt = Instant.parse(record.get("savedAt").textValue());
            }
        } catch (InvalidPathException | DateTimeException e) {
            // metadata is a convenience: the structure is what must come back
        }
        return new Entry(seq, Optional.of(new Recovered(read, origin, savedAt)));
    }
}

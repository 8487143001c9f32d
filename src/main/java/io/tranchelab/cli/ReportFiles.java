package io.tranchelab.cli;

import io.tranchelab.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files report writes: checked before any scenario runs (a run takes minutes, a typo in
 * --out should not cost them), and written so that a PDF never sits next to a CSV of another run.
 *
 * <p>How: both files are rendered in memory first, so nothing is touched until both exist. Each
 * is then written atomically ({@link AtomicFiles}); if the second write fails, the first is put
 * back as it was: its old content (kept in memory; a report is a few megabytes) is written back,
 * or the new file is removed when there was none. The pair is therefore old+old or new+new, never
 * new+old; a crash between the two writes (not a failure) can still leave new+old.
 */
final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * A sentence naming the option when a target cannot be written: a folder, a missing folder,
     * a device, twice the same file, or the structure file itself (a PDF would replace it).
     */
    static void check(Map<String, Path> targets, Path input) throws UsageException {
        List<Path> seen = new ArrayList<>(List.of(input.toAbsolutePath().normalize()));
        List<String> seenOptions = new ArrayList<>(List.of("FILE"));
        for (Map.Entry<String, Path> target : targets.entrySet()) {
            String option = target.getKey();
            Path file = target.getValue().toAbsolutePath().normalize();
            if (Files.isDirectory(file)) {
                throw new UsageException(option + " " + target.getValue() + " is a folder; give a file name,"
                        + " e.g. " + file.resolve(option.equals("--csv") ? "metrics.csv" : "report.pdf"));
            }
            Path folder = file.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new UsageException(option + " " + target.getValue() + ": the folder " + folder
                        + " does not exist");
            }
            if (!Files.isWritable(folder)) {
                throw new UsageException(option + " " + target.getValue() + ": cannot write in the folder "
                        + folder + " (permission denied)");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new UsageException(option + " " + target.getValue()
                        + " is not a regular file (a device, pipe or socket); give a file name");
            }
            for (int i = 0; i < seen.size(); i++) {
                if (sameFile(seen.get(i), file)) {
                    throw new UsageException(seenOptions.get(i) + " and " + option + " name the same file, "
                            + target.getValue() + "; give each its own");
                }
            }
            seen.add(file);
            seenOptions.add(option);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes every file or, when one fails, puts back those already written; see the class comment. */
    static void writeAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, byte[]> written = new LinkedHashMap<>(); // file -> its old content, null if it was new
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Path path = file.getKey();
            byte[] old = Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
            try {
                AtomicFiles.write(path, file.getValue());
            } catch (IOException e) {
                restore(written, e);
                throw e;
            }
            written.put(path, old);
        }
    }

    private static void restore(Map<Path, byte[]> written, IOException failure) {
        for (Map.Entry<Path, byte[]> file : written.entrySet()) {
            try {
                if (file.getValue() == null) {
                    Files.deleteIfExists(file.getKey());
                } else {
                    AtomicFiles.write(file.getKey(), file.getValue());
                }
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}

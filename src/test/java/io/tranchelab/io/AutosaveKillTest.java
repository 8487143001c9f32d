package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.StructureValidator;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill test: an application (a child JVM, {@link AutosaveCrashChild}) edits a document
 * with an autosaver and is killed without any shutdown (SIGKILL: no flush, no close, no
 * shutdown hook) once its autosaver has written the last edit; a new store on the same folder
 * restores the document with every edit.
 */
class AutosaveKillTest {

    private static final int EDITS = 24;

    @Test
    void aNewInstanceRestoresEveryEditAfterTheApplicationIsKilled(@TempDir Path folder) throws Exception {
        Path recovery = folder.resolve("recovery");
        Path origin = folder.resolve("deals").resolve("eth-book.json");
        Process child = ChildJvm.start(AutosaveCrashChild.class, recovery.toString(), Integer.toString(EDITS),
                origin.toString());
        List<String> output;
        try {
            // Generous: a JVM start on a busy machine, not a measure of speed.
            output = ChildJvm.linesUntil(child, "saved edit " + EDITS).get(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        assertEquals("saved edit " + EDITS, output.get(output.size() - 1), () -> "child output: " + output);

        RecoveryStore.Recovered recovered = new RecoveryStore(recovery).load().orElseThrow();
        assertEquals(DocumentEdits.after(EDITS), recovered.structure());
        assertEquals(Optional.of(origin.toAbsolutePath()), recovered.origin());
        assertFalse(StructureValidator.validate(recovered.structure()).isEmpty(),
                "the edits leave a draft the validator refuses, and it comes back as a draft");
    }
}

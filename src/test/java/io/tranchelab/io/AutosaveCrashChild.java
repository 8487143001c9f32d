package io.tranchelab.io;

import io.tranchelab.model.Structure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The application side of {@link AutosaveKillTest}, run in its own JVM: makes the edits of
 * {@link DocumentEdits} with an autosaver, prints "saved NAME" after each write, and then
 * waits to be killed. It never flushes or closes the autosaver: the writes are its own thread's.
 *
 * <p>Arguments: the recovery folder, the number of edits, the document's file.
 */
public final class AutosaveCrashChild {

    private AutosaveCrashChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        RecoveryStore store = new RecoveryStore(Path.of(args[0]));
        int edits = Integer.parseInt(args[1]);
        Optional<Path> origin = Optional.of(Path.of(args[2]));
        Autosaver autosaver = new Autosaver(store, new Autosaver.Listener() {
            @Override
            public void saved(Structure structure, Instant at) {
                System.out.println("saved " + structure.name());
                System.out.flush();
            }
        });
        Structure structure = DocumentEdits.after(0);
        for (int k = 1; k <= edits; k++) {
            structure = DocumentEdits.apply(structure, k);
            autosaver.changed(structure, origin);
            Thread.sleep(k % 4 == 0 ? 60 : 5); // bursts the autosaver coalesces, then pauses
        }
        Thread.sleep(60_000); // waiting to be killed; exits on its own only if the test has gone
        System.exit(3);
    }
}

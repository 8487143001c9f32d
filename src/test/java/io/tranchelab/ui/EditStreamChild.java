package io.tranchelab.ui;

import io.tranchelab.io.RecoveryInstances;
import io.tranchelab.ui.document.RecoveryController;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The application side of {@link RandomKillTest}, run in its own JVM: the workbench's document
 * model with autosave on, making {@link DocumentModel#streamEdit} edits without end until it is
 * killed. It prints "ready" once autosave follows the document, "applied k" once edit k is in
 * the document (what the analyst sees), and "ack k" when the autosaver acknowledges a structure
 * holding edit k (printed on the autosave thread after the journal write returned: whatever the
 * test reads as acknowledged was on disk before the kill).
 *
 * <p>Arguments: the recovery folder, the document's file, the seed of the pauses between edits.
 */
public final class EditStreamChild {

    private EditStreamChild() {
    }

    public static void main(String[] args) throws Exception {
        DocumentModel model = new DocumentModel(TestStructures.quick(), Path.of(args[1]));
        RecoveryController autosave = new RecoveryController(model.document, new RecoveryInstances(Path.of(args[0])),
                Runnable::run); // the listener runs on the autosave thread, right after the write
        autosave.autosavedProperty().addListener((o, before, now) -> System.out.println("ack " + editOf(now.name())));
        autosave.follow();
        System.out.println("ready");
        SplittableRandom pauses = new SplittableRandom(Long.parseLong(args[2]));
        for (int k = 1; k < 1_000_000; k++) {
            model.streamEdit(k);
            System.out.println("applied " + k);
            // mostly typing speed, sometimes a burst the autosaver has to coalesce
            Thread.sleep(pauses.nextInt(4) == 0 ? 0 : pauses.nextInt(5, 80));
        }
        System.exit(3); // not reached while the test is alive
    }

    static int editOf(String name) {
        return name.startsWith("edit ") ? Integer.parseInt(name.substring(5)) : 0;
    }
}

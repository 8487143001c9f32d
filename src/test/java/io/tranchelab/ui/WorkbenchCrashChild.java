package io.tranchelab.ui;

import io.tranchelab.io.RecoveryInstances;
import io.tranchelab.io.RecoveryStore;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.document.RecoveryController;

import java.nio.file.Path;

/**
 * The application side of {@link WorkbenchKillTest}, run in its own JVM: the workbench's
 * document model with autosave on, the edits of {@link DocumentModel}, then "autosaved" once the
 * autosaver's own thread has written the last edit (never a flush or a close), then waiting to
 * be killed.
 *
 * <p>Arguments: the recovery folder, the document's file.
 */
public final class WorkbenchCrashChild {

    private WorkbenchCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path recovery = Path.of(args[0]);
        DocumentModel model = new DocumentModel(TestStructures.quick(), Path.of(args[1]));
        RecoveryController autosave = new RecoveryController(model.document, new RecoveryInstances(recovery),
                Runnable::run);
        autosave.follow();
        for (int k = 1; k <= DocumentModel.EDITS; k++) {
            model.edit(k);
            Thread.sleep(k % 3 == 0 ? 80 : 5); // bursts the autosaver coalesces, and pauses
        }
        Structure last = model.document.structure();
        RecoveryStore reader = new RecoveryStore(autosave.folder()); // reads what is on disk, as the next start will
        while (!reader.load().map(r -> r.structure().equals(last)).orElse(false)) {
            Thread.sleep(20);
        }
        System.out.println("autosaved");
        System.out.flush();
        Thread.sleep(60_000); // waiting to be killed; exits on its own only if the test has gone
        System.exit(3);
    }
}

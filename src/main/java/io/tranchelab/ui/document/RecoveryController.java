package io.tranchelab.ui.document;

import io.tranchelab.io.Autosaver;
import io.tranchelab.io.RecoveryStore;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Keeps a recovery copy of the open document so that a crash or a kill loses at most the last
 * few seconds of work, and offers that copy back at the next start.
 *
 * <p>While the document has unsaved changes, every change (an edit, undo, redo) goes to an
 * {@link Autosaver}, which writes it on its own thread a few seconds later: the FX thread never
 * waits for the disk. When the document becomes clean (saved, undone back to the saved value,
 * replaced by New or Open) the copy is deleted, and {@link #discard()} deletes it when the user
 * closes the window without saving on purpose.
 */
public final class RecoveryController implements AutoCloseable {

    private final StructureDocument document;
    private final RecoveryStore store;
    private final Autosaver autosaver;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    /** Whether the copy in the store may hold this session's work (so a clean document clears it). */
    private boolean copyIsOurs;
    private boolean following;

    /**
     * @param uiThread runs the autosaver's reports on the thread that owns the properties
     *                 ({@code Platform::runLater} in the app, {@code Runnable::run} in tests)
     */
    public RecoveryController(StructureDocument document, RecoveryStore store, Duration delay, Executor uiThread) {
        this.document = document;
        this.store = store;
        this.autosaver = new Autosaver(store, delay, new Autosaver.Listener() {
            @Override
            public void saved(Structure structure, Instant at) {
                uiThread.execute(() -> state.set("Autosaved " + WhenSaved.of(at)));
            }

            @Override
            public void failed(IOException error) {
                uiThread.execute(() -> state.set("Autosave failed: " + error.getMessage()));
            }
        });
    }

    /**
     * At start, before any file is opened: when the store holds work a previous session did not
     * save, asks whether to restore it. Restoring opens it unsaved, tied to its original file;
     * declining deletes it. A copy that cannot be read is reported and left where it is.
     *
     * @return whether the document now holds restored work
     */
    public boolean offerRestore(DialogService dialogs) {
        Optional<RecoveryStore.Recovered> found;
        try {
            found = store.load();
        } catch (StructureFormatException e) {
            dialogs.showError("Cannot restore unsaved work", "The recovery copy in " + store.folder()
                    + " is not a structure", e.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
            return false;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot restore unsaved work", "Could not read the recovery copy in "
                    + store.folder(), String.valueOf(e.getMessage()));
            return false;
        }
        if (found.isEmpty()) {
            return false;
        }
        RecoveryStore.Recovered recovered = found.get();
        String name = recovered.origin().map(p -> String.valueOf(p.getFileName())).orElse("untitled");
        String when = WhenSaved.of(recovered.savedAt());
        if (!dialogs.askToRestore("Restore unsaved work from " + when + " (" + name + ")?")) {
            autosaver.clear();
            return false;
        }
        document.restore(recovered.structure(), recovered.origin().orElse(null));
        copyIsOurs = true;
        String text = "Restored unsaved work from " + when + " (" + name + ")";
        dialogs.notify("Restored", text, false);
        state.set(text);
        return true;
    }

    /** Starts autosaving: from now on every change of the document reaches the recovery copy. */
    public void follow() {
        if (following) {
            return;
        }
        following = true;
        document.structureProperty().addListener(o -> sync());
        document.dirtyProperty().addListener(o -> sync());
        sync();
    }

    /**
     * Both listeners land here, and a replacement of the document fires them one after the
     * other with the flags of the moment in between; the last call is always right, and the
     * autosaver applies calls in order (a clear drops a pending write; a later change is written
     * after the deletion).
     */
    private void sync() {
        if (document.isDirty()) {
            autosaver.changed(document.structure(), Optional.ofNullable(document.file()));
            copyIsOurs = true;
        } else if (copyIsOurs) {
            autosaver.clear();
            copyIsOurs = false;
            state.set("");
        }
    }

    /** The user closed the document without saving, on purpose: the recovery copy goes too. */
    public void discard() {
        autosaver.clear();
        copyIsOurs = false;
    }

    /** Writes the pending change now and waits for it (tests, and a last chance before exit). */
    public void flush() throws IOException {
        autosaver.flush();
    }

    /** Stops autosaving; a pending change is written first, so work not saved stays recoverable. */
    @Override
    public void close() throws IOException {
        autosaver.close();
    }

    public Path folder() {
        return store.folder();
    }

    /**
     * "Restored unsaved work from ...", "Autosaved 14:03:05", "Autosave failed: ...", or empty
     * while nothing is unsaved: a standing state beside the status line, which runs overwrite.
     */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}

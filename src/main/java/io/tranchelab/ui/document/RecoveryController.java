package io.tranchelab.ui.document;

import io.tranchelab.io.Autosaver;
import io.tranchelab.io.RecoveryInstances;
import io.tranchelab.io.RecoveryStore;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Keeps a recovery copy of the open document so that a crash or a kill loses no change the
 * autosaver has acknowledged (docs/decisions/0007-edit-journal.md), and offers the copies of
 * instances that are gone at the next start.
 *
 * <p>Each instance claims its own subfolder of the recovery folder ({@link RecoveryInstances}),
 * so two workbenches never overwrite each other's copy. While the document has unsaved changes,
 * every change (an edit, undo, redo) goes to an {@link Autosaver}, which appends it to the
 * journal on its own thread at once: the FX thread never waits for the disk. When the document
 * becomes clean (saved, undone back to the saved value, replaced by New or Open) the copy is
 * deleted, and {@link #discard()} deletes it when the user closes the window without saving on purpose.
 */
public final class RecoveryController implements AutoCloseable {

    private final StructureDocument document;
    private final RecoveryInstances instances;
    private final RecoveryInstances.Held own;
    private final Autosaver autosaver;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyObjectWrapper<Structure> autosaved = new ReadOnlyObjectWrapper<>(this, "autosaved");
    /** Whether the copy in the store may hold this session's work (so a clean document clears it). */
    private boolean copyIsOurs;
    private boolean following;
    private boolean closed;
    /** The restored structure, written by {@link #adopt} before autosave follows: not written twice. */
    private Structure alreadyInJournal;

    /**
     * Claims this instance's subfolder of {@code instances} (locked while the process lives).
     *
     * @param uiThread runs the autosaver's reports on the thread that owns the properties
     *                 ({@code Platform::runLater} in the app, {@code Runnable::run} in tests)
     */
    public RecoveryController(StructureDocument document, RecoveryInstances instances, Executor uiThread)
            throws IOException {
        this.document = document;
        this.instances = instances;
        this.own = instances.claim();
        this.autosaver = new Autosaver(own.store(), new Autosaver.Listener() {
            @Override
            public void saved(Structure structure, Instant at) {
                uiThread.execute(() -> {
                    autosaved.set(structure);
                    state.set("Autosaved " + WhenSaved.of(at));
                });
            }

            @Override
            public void failed(IOException error) {
                uiThread.execute(() -> state.set("Autosave failed: " + error.getMessage()));
            }
        });
    }

    /**
     * At start, before any file is opened: when instances that are gone left unsaved work, lists
     * every copy and asks which to restore. Restoring opens it unsaved, tied to its original
     * file, and moves it into this instance's copy; the copies not chosen stay for the next
     * start; "Discard" deletes them all. A copy that cannot be read is reported and left where it is.
     *
     * @return whether the document now holds restored work
     */
    public boolean offerRestore(DialogService dialogs) {
        List<RecoveryInstances.Orphan> orphans;
        try {
            orphans = instances.orphans();
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot restore unsaved work", "Could not read the recovery folder "
                    + instances.root(), String.valueOf(e.getMessage()));
            return false;
        }
        List<RecoveryInstances.Orphan> readable = new ArrayList<>();
        for (RecoveryInstances.Orphan orphan : orphans) {
            if (orphan.recovered().isPresent()) {
                readable.add(orphan);
            } else {
                reportUnreadable(dialogs, orphan);
                release(orphan);
            }
        }
        if (readable.isEmpty()) {
            return false;
        }
        List<String> copies = readable.stream().map(o -> describe(o.recovered().orElseThrow())).toList();
        Optional<Integer> choice = dialogs.chooseRecovery(copies);
        if (choice.isEmpty() || choice.get() < 0 || choice.get() >= readable.size()) {
            readable.forEach(RecoveryController::delete);
            return false;
        }
        RecoveryInstances.Orphan chosen = readable.get(choice.get());
        RecoveryStore.Recovered recovered = chosen.recovered().orElseThrow();
        document.restore(recovered.structure(), recovered.origin().orElse(null));
        copyIsOurs = true;
        adopt(chosen);
        readable.stream().filter(o -> o != chosen).forEach(RecoveryController::release);
        String text = "Restored unsaved work from " + copies.get(choice.get()).substring("Unsaved work from ".length());
        int kept = readable.size() - 1;
        dialogs.notify("Restored", text + (kept == 0 ? "" : "; " + kept + (kept == 1 ? " other copy is" : " other copies are")
                + " kept for the next start"), false);
        state.set(text);
        return true;
    }

    /**
     * The restored work goes into this instance's journal first (on the calling thread, once, at
     * start), and only then is the old copy deleted.
     */
    private void adopt(RecoveryInstances.Orphan chosen) {
        try {
            own.store().save(document.structure(), Optional.ofNullable(document.file()));
            alreadyInJournal = document.structure();
            chosen.held().delete();
        } catch (IOException | RuntimeException e) {
            release(chosen); // not copied: the old copy stays for the next start
        }
    }

    static String describe(RecoveryStore.Recovered recovered) {
        String name = recovered.origin().map(p -> String.valueOf(p.getFileName())).orElse("untitled");
        return "Unsaved work from " + WhenSaved.of(recovered.savedAt()) + " (" + name + ")";
    }

    private static void reportUnreadable(DialogService dialogs, RecoveryInstances.Orphan orphan) {
        Exception e = orphan.unreadable().orElseThrow();
        String folder = String.valueOf(orphan.held().store().folder());
        if (e instanceof StructureFormatException format) {
            dialogs.showError("Cannot restore unsaved work", "The recovery copy in " + folder
                    + " is not a structure", format.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
        } else {
            dialogs.showError("Cannot restore unsaved work", "Could not read the recovery copy in " + folder,
                    String.valueOf(e.getMessage()));
        }
    }

    private static void release(RecoveryInstances.Orphan orphan) {
        try {
            orphan.held().close();
        } catch (IOException e) {
            // the process ending releases it anyway
        }
    }

    private static void delete(RecoveryInstances.Orphan orphan) {
        try {
            orphan.held().delete();
        } catch (IOException e) {
            release(orphan); // what could not be deleted is offered again next time
        }
    }

    /** Starts autosaving: from now on every change of the document reaches the recovery copy. */
    public void follow() {
        if (following) {
            return;
        }
        following = true;
        autosaver.prepare(document.structure());
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
            if (document.structure() != alreadyInJournal) {
                alreadyInJournal = null;
                autosaver.changed(document.structure(), Optional.ofNullable(document.file()));
            }
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

    /**
     * Stops autosaving; a pending change is written first, so work not saved stays recoverable
     * by the next start. This instance's subfolder is deleted when it holds nothing to recover.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            autosaver.close();
            boolean nothingToRecover;
            try {
                nothingToRecover = own.store().load().isEmpty();
            } catch (StructureFormatException e) {
                nothingToRecover = false;
            }
            if (nothingToRecover) {
                own.delete();
            }
        } finally {
            own.close();
        }
    }

    /** This instance's own recovery folder. */
    public Path folder() {
        return own.store().folder();
    }

    /**
     * The structure last acknowledged by the autosaver: it, and every change before it, is in
     * the journal on disk and survives a kill. Set on the {@code uiThread} given at construction.
     */
    public ReadOnlyObjectProperty<Structure> autosavedProperty() {
        return autosaved.getReadOnlyProperty();
    }

    /**
     * "Restored unsaved work from ...", "Autosaved 14:03:05", "Autosave failed: ...", or empty
     * while nothing is unsaved: a standing state beside the status line, which runs overwrite.
     */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}

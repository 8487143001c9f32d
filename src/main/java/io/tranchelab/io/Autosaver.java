package io.tranchelab.io;

import io.tranchelab.model.Structure;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * Writes every change of the open structure to a {@link RecoveryStore}'s journal, at once and on
 * its own daemon thread, so that the thread editing (the FX thread) never waits for the disk and
 * every change it has been told about survives a kill (docs/decisions/0007-edit-journal.md).
 *
 * <p>One writer thread keeps the writes in order. A write starts as soon as a change comes and
 * the previous write is done; changes that come while a write is under way are coalesced: only
 * the newest is written next (each record holds the whole structure, so it carries the skipped
 * ones too). {@link Listener#saved} is the acknowledgement: once it is called for a structure,
 * that structure (and every change before it) is on disk. A write that fails is reported to the
 * listener and kept for the next attempt (the next change, {@link #flush()} or {@link #close()}).
 *
 * <p>Thread-safe: {@link #changed}, {@link #clear()} and {@link #flush()} may be called from
 * any thread. The listener is called on the autosave thread (a UI hops to its own thread).
 */
public final class Autosaver implements AutoCloseable {

    static final String THREAD_NAME = "tranchelab-autosave";

    /** Told about each write, for a status line ("Autosaved 14:03"; "Autosave failed: ..."). */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void saved(Structure structure, Instant at) {
        }

        default void failed(IOException error) {
        }
    }

    private record Edit(Structure structure, Optional<Path> origin) {
    }

    private final RecoveryStore store;
    private final Listener listener;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, THREAD_NAME);
        t.setDaemon(true); // never keeps the application alive; close() writes what is pending
        return t;
    });
    private Edit pending; // guarded by this
    private boolean queued; // a write is queued and has not started; guarded by this

    public Autosaver(RecoveryStore store, Listener listener) {
        this.store = store;
        this.listener = listener;
    }

    /**
     * Prepares the store on the autosave thread ({@link RecoveryStore#prepare}) while nothing is
     * unsaved yet; a failure is told to the listener at once rather than at the first change.
     */
    public void prepare(Structure sample) {
        try {
            thread.execute(() -> {
                try {
                    store.prepare(sample);
                } catch (IOException e) {
                    listener.failed(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            // closed already: nothing to prepare for
        }
    }

    /** The document now holds {@code structure}; {@code origin} is its file (empty: never saved). */
    public synchronized void changed(Structure structure, Optional<Path> origin) {
        pending = new Edit(structure, origin);
        if (!queued) {
            try {
                thread.execute(this::writeQueued);
                queued = true;
            } catch (RejectedExecutionException closed) {
                // after close(): the application is shutting down, and close() wrote what was pending
            }
        }
    }

    /**
     * The document was saved, or closed on purpose: forgets the pending edit and deletes the
     * recovery copy. Returns at once; the deletion runs after any write already under way.
     */
    public void clear() {
        synchronized (this) {
            pending = null;
        }
        try {
            thread.execute(() -> {
                try {
                    store.clear();
                } catch (IOException e) {
                    listener.failed(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            // after close(): nothing is written any more, so clear in the caller's thread
            try {
                store.clear();
            } catch (IOException e) {
                listener.failed(e);
            }
        }
    }

    /** Writes the pending edit now, after everything already asked of this autosaver, and waits for it. */
    public void flush() throws IOException {
        IOException failure;
        try {
            failure = thread.submit(this::writePending).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while autosaving");
        } catch (ExecutionException e) {
            throw new IllegalStateException("autosave failed", e.getCause());
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Writes the pending edit and stops the thread; the recovery copy stays (see {@link #clear()}). */
    @Override
    public void close() throws IOException {
        if (thread.isShutdown()) {
            return;
        }
        try {
            flush();
        } finally {
            thread.shutdownNow();
        }
    }

    private void writeQueued() {
        synchronized (this) {
            queued = false;
        }
        IOException failure = writePending();
        if (failure != null) {
            listener.failed(failure);
        }
    }

    /** @return the failure, or null when the pending edit (if any) is on disk */
    private IOException writePending() {
        Edit edit;
        synchronized (this) {
            edit = pending;
            pending = null;
        }
        if (edit == null) {
            return null;
        }
        try {
            store.save(edit.structure(), edit.origin());
        } catch (IOException e) {
            synchronized (this) {
                if (pending == null) {
                    pending = edit; // try again next time, unless a newer edit has come
                }
            }
            return e;
        }
        listener.saved(edit.structure(), Instant.now());
        return null;
    }
}

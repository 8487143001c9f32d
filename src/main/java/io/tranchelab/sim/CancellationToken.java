package io.tranchelab.sim;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set by whoever started a run to stop it; the core checks it before every path. */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}

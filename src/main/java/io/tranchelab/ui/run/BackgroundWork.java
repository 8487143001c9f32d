package io.tranchelab.ui.run;

import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

/**
 * A piece of work done off the UI thread, told where to report its progress (a fraction, from
 * any thread) and when to stop: the core's own {@link ProgressListener} and {@link CancellationToken}.
 */
@FunctionalInterface
public interface BackgroundWork<T> {

    T call(ProgressListener progress, CancellationToken cancel) throws Exception;
}

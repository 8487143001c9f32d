package io.tranchelab.sim;

/** Told the fraction of paths done, from a worker thread; the UI marshals it to its own thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = fraction -> { };

    void progress(double fractionDone);
}

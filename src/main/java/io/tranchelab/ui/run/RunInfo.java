package io.tranchelab.ui.run;

/**
 * What the status bar says about the last completed run.
 *
 * @param computeMillis time the core took
 * @param applyMillis   time the UI thread took to update the view models, table and charts
 * @param latencyMillis time from the edit that asked for it to its results applied to the view models
 * @param queuedMillis  time from the edit to the core starting (debounce, waiting for the worker)
 */
public record RunInfo(RunKind kind, int paths, double computeMillis, double applyMillis, double latencyMillis,
                      double queuedMillis) {
}

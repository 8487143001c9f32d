package io.tranchelab.ui.run;

/**
 * What the status bar says about the last completed run.
 *
 * @param computeMillis time the core took
 * @param latencyMillis time from the edit that asked for it to its results applied to the view models
 */
public record RunInfo(RunKind kind, int paths, double computeMillis, double latencyMillis) {
}

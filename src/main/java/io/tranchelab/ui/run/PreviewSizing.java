package io.tranchelab.ui.run;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;

/**
 * How many paths a preview runs. A preview must reach the charts within about 100 ms of a slider
 * move, and the cost of a path differs a lot between structures (a loan book of 20 borrowers,
 * 365 steps, costs several times a yield position) and machines. So the size follows the
 * measured cost of the last run: as many paths as fit the budget, in steps of
 * {@value #STEP}, between {@value #MIN_PATHS} and {@value #MAX_PATHS}.
 */
public final class PreviewSizing {

    public static final int MIN_PATHS = 250;
    /** The core runs about 2,000 paths of the samples in 40 ms on two cores (docs/performance.md); more where a path costs less. */
    public static final int MAX_PATHS = 5_000;
    /** Before any run has been timed. */
    public static final int INITIAL_PATHS = 500;
    static final int STEP = 250;

    private final double budgetMillis;
    private volatile int previewPaths = INITIAL_PATHS;

    public PreviewSizing(double budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    /** Learns from a completed run how long a path takes. */
    public void observe(int paths, double computeMillis) {
        if (paths <= 0 || computeMillis <= 0) {
            return;
        }
        double perPath = computeMillis / paths;
        long fitting = Math.round(budgetMillis / perPath / STEP) * STEP;
        previewPaths = (int) Math.max(MIN_PATHS, Math.min(MAX_PATHS, fitting));
    }

    public int previewPaths() {
        return previewPaths;
    }

    public RunSettings settingsFor(Structure structure, RunKind kind) {
        RunSettings full = RunSettings.of(structure);
        return kind == RunKind.FULL ? full : full.withPaths(Math.min(previewPaths, full.paths()));
    }
}

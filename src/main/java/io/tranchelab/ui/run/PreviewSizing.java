package io.tranchelab.ui.run;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;

/**
 * How many paths a preview runs. A preview must reach the charts within about 100 ms of a slider
 * move, and the cost of a path differs a lot between structures (a loan book of 20 borrowers,
 * 365 steps, costs several times a yield position) and machines. So the size follows the
 * measured cost of the last previews: as many paths as fit the budget, in steps of
 * {@value #STEP}, between {@value #MIN_PATHS} and {@value #MAX_PATHS}.
 *
 * <p>Each preview of n paths in t ms says "n x budget / t paths would fit". A run also has a
 * fixed cost, so that estimate is low when n is below the fit and high above it, and the next
 * preview's size moves towards the size that fits; it settles where a preview takes the
 * budget. The size is the median of the last {@value #KEPT} estimates, so that one preview
 * slowed by a collection or by another program does not halve the next one (and the previews
 * then fall to a few hundred paths), nor one fast run double it.
 */
public final class PreviewSizing {

    public static final int MIN_PATHS = 250;
    /** The core runs about 2,000 paths of the samples in 40 ms on two cores (docs/performance.md); more where a path costs less. */
    public static final int MAX_PATHS = 5_000;
    /** Before any run has been timed. */
    public static final int INITIAL_PATHS = 500;
    static final int STEP = 250;
    /** How many previews' estimates the size is the median of. */
    static final int KEPT = 5;

    private final double budgetMillis;
    private final double[] fits = new double[KEPT];
    private int observed;
    private volatile int previewPaths = INITIAL_PATHS;

    public PreviewSizing(double budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    /** Learns from a completed preview how many paths fit the budget. */
    public synchronized void observe(int paths, double computeMillis) {
        if (paths <= 0 || computeMillis <= 0) {
            return;
        }
        fits[observed++ % KEPT] = paths * budgetMillis / computeMillis;
        double[] recent = java.util.Arrays.copyOf(fits, Math.min(observed, KEPT));
        java.util.Arrays.sort(recent);
        double median = recent.length % 2 == 1 ? recent[recent.length / 2]
                : (recent[recent.length / 2 - 1] + recent[recent.length / 2]) / 2;
        long fitting = Math.round(median / STEP) * STEP;
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

package io.tranchelab.ui.run;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;

/**
 * A quick preview while a slider is being dragged, the structure's own paths once it is released.
 */
public enum RunKind {
    PREVIEW, FULL;

    /** Paths of a preview run: enough for smooth charts, few enough to follow a drag. */
    public static final int PREVIEW_PATHS = 1_000;

    public RunSettings settingsFor(Structure structure) {
        RunSettings full = RunSettings.of(structure);
        return this == FULL ? full : full.withPaths(Math.min(PREVIEW_PATHS, full.paths()));
    }
}

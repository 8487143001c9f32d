package io.tranchelab.ui.analyze;

import io.tranchelab.model.Structure;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.ui.run.SimulationEngine;

/**
 * The hedge comparison as the workbench runs it (off the UI thread), behind an interface so that
 * view-model tests can substitute one that answers at once or never.
 */
@FunctionalInterface
public interface HedgeTool {

    HedgeComparison compare(Structure structure, RunSettings settings, ProgressListener progress,
                            CancellationToken cancel);

    /**
     * The core with its two runs made by {@code engine}: the workbench's results cache, so that the
     * hedged run the workbench already made (or the report, or the slides) is not made again.
     */
    static HedgeTool on(SimulationEngine engine) {
        return (structure, settings, progress, cancel) -> HedgeComparison.run(structure, settings, engine::run,
                progress, cancel);
    }
}

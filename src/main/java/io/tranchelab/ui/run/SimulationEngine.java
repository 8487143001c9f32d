package io.tranchelab.ui.run;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;

/** The core as the service sees it, so tests can substitute a fake that records calls. */
@FunctionalInterface
public interface SimulationEngine {

    SimulationEngine CORE = Simulator::run;

    SimulationResult run(Structure structure, RunSettings settings, ProgressListener progress,
                         CancellationToken cancel);
}

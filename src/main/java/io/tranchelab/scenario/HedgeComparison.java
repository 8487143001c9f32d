package io.tranchelab.scenario;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.HedgeAnalysis;
import io.tranchelab.sim.HedgeOutcomes;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.sim.TrancheMetrics;

import java.util.List;

/**
 * A hedged structure run with and without its hedges on the same paths and seed (common random
 * numbers: the hedge draws from a stream of its own, so both runs see the same market), and the
 * hedge's flows per path (docs/model.md §8.15). What the hedge buys the senior and what
 * it costs the junior is the difference of the two runs, not Monte Carlo noise.
 *
 * @param hedged   the structure as it is
 * @param unhedged the same structure with no hedges
 * @param outcomes the hedge's flows on each path of the hedged run
 */
public record HedgeComparison(SimulationResult hedged, SimulationResult unhedged, HedgeOutcomes outcomes) {

    /** How the two runs are made: the core, or (in the workbench) the core behind its results cache. */
    @FunctionalInterface
    public interface Runs {
        SimulationResult run(Structure structure, RunSettings settings, ProgressListener progress,
                             CancellationToken cancel);
    }

    public static HedgeComparison run(Structure structure, RunSettings settings, ProgressListener progress,
                                      CancellationToken cancel) {
        return run(structure, settings, Simulator::run, progress, cancel);
    }

    /** The comparison with its two runs made by {@code runs} (the replay of the hedge's flows always runs here). */
    public static HedgeComparison run(Structure structure, RunSettings settings, Runs runs, ProgressListener progress,
                                      CancellationToken cancel) {
        if (structure.hedges().isEmpty()) {
            throw new IllegalArgumentException(structure.name() + " has no hedges to compare with; add one to"
                    + " /hedges (a PUT or a PERP_SHORT)");
        }
        SimulationResult hedged = runs.run(structure, settings, f -> progress.progress(f / 3), cancel);
        SimulationResult unhedged = runs.run(structure.withHedges(List.of()), settings,
                f -> progress.progress((1 + f) / 3), cancel);
        HedgeOutcomes outcomes = HedgeAnalysis.run(structure, settings.scenario(), settings.seed(), settings.paths(),
                f -> progress.progress((2 + f) / 3), cancel);
        progress.progress(1);
        return new HedgeComparison(hedged, unhedged, outcomes);
    }

    public int tranches() {
        return hedged.tranches().size();
    }

    public TrancheMetrics hedged(int tranche) {
        return hedged.tranches().get(tranche);
    }

    public TrancheMetrics unhedged(int tranche) {
        return unhedged.tranches().get(tranche);
    }

    /** The hedge's mean cost as a share of the pool's initial value: premiums and funding paid less funding received. */
    public double costShare() {
        return outcomes.meanCost() / outcomes.initialValue();
    }

    /** The hedge's mean P&L (payoffs, the shorts' P&L, net funding, less premiums) as a share of the initial value. */
    public double pnlShare() {
        return outcomes.meanHedgePnl() / outcomes.initialValue();
    }
}

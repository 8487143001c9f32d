package io.tranchelab.scenario;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunMemory;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.sim.TrancheMetrics;

import java.util.ArrayList;
import java.util.List;

/**
 * One structure run under several scenarios with the same seed and paths: common random
 * numbers, so that the difference between two columns is the scenario's, not Monte Carlo noise.
 * The first run is the base case.
 */
public record ScenarioComparison(Structure structure, List<SimulationResult> runs) {

    public ScenarioComparison {
        runs = List.copyOf(runs);
    }

    /**
     * Runs {@code scenarioNames} (the base case first, added when missing); names may be the
     * structure's own scenarios or the library's ({@link ScenarioLibrary}).
     */
    public static ScenarioComparison run(Structure structure, List<String> scenarioNames, RunSettings settings,
                                         ProgressListener progress, CancellationToken cancel) {
        List<String> names = runOrder(scenarioNames);
        Structure withScenarios = ScenarioLibrary.withScenarios(structure, names);
        // every run's per-path losses are kept while the next runs: refuse up front what cannot all fit
        RunMemory.check(withScenarios, settings, settings.threads(), names.size());
        List<SimulationResult> results = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int done = i;
            ProgressListener part = f -> progress.progress((done + f) / names.size());
            results.add(Simulator.run(withScenarios, settings.withScenario(names.get(i)), part, cancel));
        }
        return new ScenarioComparison(withScenarios, results);
    }

    /** The order the runs of {@code scenarioNames} come in: the base case first, then each name once. */
    public static List<String> runOrder(List<String> scenarioNames) {
        List<String> names = new ArrayList<>();
        names.add(Scenario.BASE_NAME);
        scenarioNames.stream().filter(n -> !names.contains(n)).forEach(names::add);
        return List.copyOf(names);
    }

    public SimulationResult base() {
        return runs.get(0);
    }

    public List<String> scenarioNames() {
        return runs.stream().map(SimulationResult::scenario).toList();
    }

    /** Expected loss of a tranche under a scenario minus under the base case. */
    public double expectedLossDelta(int run, int tranche) {
        return metrics(run, tranche).expectedLoss() - metrics(0, tranche).expectedLoss();
    }

    public TrancheMetrics metrics(int run, int tranche) {
        return runs.get(run).tranches().get(tranche);
    }
}

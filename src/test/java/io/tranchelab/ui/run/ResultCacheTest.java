package io.tranchelab.ui.run;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.ui.TestStructures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultCacheTest {

    private final Structure structure = TestStructures.quick().withSimulation(new SimulationSettings(1.0, 52, 300, 7));
    private final List<RunSettings> computed = new ArrayList<>();
    private final SimulationEngine counting = (s, settings, progress, cancel) -> {
        computed.add(settings);
        return Simulator.run(s, settings, progress, cancel);
    };

    private SimulationResult run(SimulationEngine engine, Structure s, RunSettings settings) {
        return engine.run(s, settings, ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void theSameContentIsComputedOnceEvenWhenReadBackFromItsJson() throws Exception {
        SimulationEngine cached = new ResultCache(64L << 20).around(counting);
        SimulationResult first = run(cached, structure, RunSettings.of(structure));
        Structure sameContent = StructureJson.parse(StructureJson.toJson(structure));
        SimulationResult again = run(cached, sameContent, RunSettings.of(sameContent).withThreads(1));
        assertSame(first, again, "threads never change a result, so they are no part of the key");
        assertEquals(1, computed.size());

        run(cached, structure.withDescription("other notes"), RunSettings.of(structure));
        assertEquals(1, computed.size(), "the description is in no result");
    }

    @Test
    void anythingThatChangesTheResultIsANewKey() {
        SimulationEngine cached = new ResultCache(64L << 20).around(counting);
        RunSettings settings = RunSettings.of(structure);
        run(cached, structure, settings);
        run(cached, structure, settings.withSeed(8));
        run(cached, structure, settings.withPaths(200));
        run(cached, structure.withInitialCash(structure.initialCash() + 1), settings);
        String stress = ScenarioLibrary.namesFor(structure).get(1);
        run(cached, ScenarioLibrary.withScenarios(structure, List.of(stress)), settings.withScenario(stress));
        assertEquals(5, computed.size());
    }

    @Test
    void aScenarioRunIsFoundWhicheverOtherScenariosTheStructureCarries() {
        SimulationEngine cached = new ResultCache(64L << 20).around(counting);
        List<String> names = ScenarioLibrary.namesFor(structure);
        String stress = names.get(1);
        run(cached, ScenarioLibrary.withScenarios(structure, List.of(stress)), RunSettings.of(structure).withScenario(stress));
        run(cached, ScenarioLibrary.withScenarios(structure, names), RunSettings.of(structure).withScenario(stress));
        assertEquals(1, computed.size(), "the live run's structure carries one scenario, a comparison's all");
    }

    @Test
    void theLeastRecentlyUsedGoesFirstWhenTheBudgetIsFull() {
        SimulationResult one = Simulator.run(structure, RunSettings.of(structure));
        long size = ResultCache.estimatedBytes(one);
        ResultCache cache = new ResultCache(2 * size + size / 2); // room for two results
        SimulationEngine cached = cache.around(counting);
        RunSettings settings = RunSettings.of(structure);
        run(cached, structure, settings.withSeed(1));
        run(cached, structure, settings.withSeed(2));
        run(cached, structure, settings.withSeed(1)); // seed 1 is now the most recently used
        run(cached, structure, settings.withSeed(3)); // evicts seed 2
        assertEquals(2, cache.size());
        assertTrue(cache.bytes() <= 2 * size + size / 2);
        computed.clear();
        run(cached, structure, settings.withSeed(1));
        run(cached, structure, settings.withSeed(2));
        assertEquals(List.of(settings.withSeed(2)), computed);
    }

    @Test
    void theEstimateCoversThePerPathLossesWhichDominateLargeRuns() {
        Structure many = structure.withSimulation(structure.simulation().withPaths(20_000));
        SimulationResult r = Simulator.run(many, RunSettings.of(many));
        long perPath = 8L * 20_000 * many.tranches().size();
        long estimate = ResultCache.estimatedBytes(r);
        assertTrue(estimate > perPath && estimate < 2 * perPath, estimate + " bytes for " + perPath + " of losses");
    }
}

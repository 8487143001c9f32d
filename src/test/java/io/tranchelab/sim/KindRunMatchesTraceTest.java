package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Under every waterfall kind (docs/model.md §7.9) a run's paths are the paths traced alone, and a
 * run on 1 thread and on 2 agrees to the last bit (§9). A kind's own state (pro-rata's switch,
 * Idle's values, the YT's yield received) must start afresh each path, as a block simulator
 * steps its next group of paths in the same lanes: that reuse is checked on every kind's
 * template by {@code BlockFlowsClearingTest.aGroupSteppedInTheLanesOfAnotherGetsTheFlowsOfANewSimulator}.
 */
class KindRunMatchesTraceTest {

    @ParameterizedTest(name = "kind of seed {0}")
    @ValueSource(longs = {6, 7, 8, 9, 10, 11})
    void everyPathOfARunIsThatPathTracedAlone(long seed) {
        Structure structure = KindInvariantPropertyTest.underAKind(seed);
        int paths = 150;
        SimulationResult one = Simulator.run(structure, TestStructures.runSettings(structure, RandomStructures.STRESS, paths, 1));
        SimulationResult two = Simulator.run(structure, TestStructures.runSettings(structure, RandomStructures.STRESS, paths, 2));
        double initialValue = RandomStructures.initialValue(structure);
        for (int t = 0; t < structure.tranches().size(); t++) {
            assertEquals(one.tranches().get(t), two.tranches().get(t), "threads");
            double principal = structure.tranches().get(t).share() * initialValue;
            for (int path : new int[] {0, 1, 70, 130, 149}) {
                PathTrace traced = Simulator.tracePath(structure, RandomStructures.STRESS, structure.simulation().seed(), path);
                assertEquals(traced.loss()[t] / principal, one.trancheLosses().get(t)[path], 1e-12,
                        structure.waterfall().kind().id() + " tranche " + t + " path " + path);
            }
        }
    }
}

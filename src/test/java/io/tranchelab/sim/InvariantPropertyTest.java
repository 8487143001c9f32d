package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/model.md §10's invariants on random structures ({@link RandomStructures}), every path traced,
 * in the base case and under the structure's stress scenario.
 *
 * <p>1,000 structures in the normal suite (about 10 s for the five properties); for a longer soak
 * run {@code mvn -B -q -o test -Dtest=InvariantPropertyTest -Dtranchelab.propertyStructures=10000}.
 * {@link RandomStructuresCoverageTest} checks that these structures reach the cases that matter.
 * A failure names the structure's seed: {@code RandomStructures.generate(seed)} rebuilds it.
 */
class InvariantPropertyTest {

    static final int STRUCTURES = Integer.getInteger("tranchelab.propertyStructures", 1_000);
    private static final int PATHS = 20;
    private static final double RELATIVE = 1e-9;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, STRUCTURES);
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void cashIsConservedOnEveryPath(long seed) {
        Structure structure = RandomStructures.generate(seed);
        forEveryPath(structure, (scenario, path, t) -> {
            double sources = t.totalSources();
            assertEquals(sources, t.totalUses(), RELATIVE * Math.max(1, sources),
                    () -> scenario + " path " + path + ": sources " + sources + " uses " + t.totalUses());
        });
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void noTrancheLosesWhileATrancheBelowItGetsPrincipalBack(long seed) {
        Structure structure = RandomStructures.generate(seed);
        double initialValue = RandomStructures.initialValue(structure);
        double tolerance = RELATIVE * initialValue;
        forEveryPath(structure, (scenario, path, t) -> {
            LossOrder.assertBottomUp(structure, t, initialValue, tolerance, scenario + " path " + path);
        });
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void everyRatedTrancheIsEitherRepaidOrLosesTheDifference(long seed) {
        Structure structure = RandomStructures.generate(seed);
        double initialValue = RandomStructures.initialValue(structure);
        double tolerance = RELATIVE * initialValue;
        int rated = structure.tranches().size() - 1;
        forEveryPath(structure, (scenario, path, t) -> {
            for (int i = 0; i < rated; i++) {
                double outstanding = structure.tranches().get(i).share() * initialValue
                        - (i == 0 ? TestStructures.sum(t.turbo()) : 0);
                assertEquals(outstanding, t.finalPrincipal()[i] + t.loss()[i], tolerance,
                        scenario + " path " + path + ": tranche " + i + " received + lost != outstanding");
            }
        });
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void trancheValuesAreASplitOfTheNav(long seed) {
        Structure structure = RandomStructures.generate(seed);
        double tolerance = RELATIVE * RandomStructures.initialValue(structure);
        forEveryPath(structure, (scenario, path, t) -> {
            for (int step = 0; step < t.nav().length; step++) {
                double total = 0;
                for (double[] values : t.trancheValues()) {
                    assertTrue(values[step] >= -tolerance, scenario + " path " + path + ": negative tranche value");
                    total += values[step];
                }
                assertTrue(total <= t.nav()[step] + tolerance,
                        scenario + " path " + path + " step " + (step + 1) + ": tranches " + total + " > NAV "
                                + t.nav()[step]);
            }
        });
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void seniorNeverLosesWhenNothingCanGoWrong(long seed) {
        Structure calm = RandomStructures.calm(RandomStructures.generate(seed));
        SimulationResult result = Simulator.run(calm, TestStructures.runSettings(calm, Scenario.BASE_NAME, 10, 1));
        for (double loss : result.trancheLosses().get(0)) {
            assertEquals(0, loss, RELATIVE, "senior loss fraction in a calm market");
        }
        assertEquals(0, result.tranches().get(0).expectedLoss(), RELATIVE);
        assertEquals(0, result.pool().expectedBadDebt(), RELATIVE * RandomStructures.initialValue(calm));
    }

    private interface PathCheck {
        void check(String scenario, int path, PathTrace trace);
    }

    private static void forEveryPath(Structure structure, PathCheck check) {
        for (String scenario : new String[] {Scenario.BASE_NAME, RandomStructures.STRESS}) {
            for (int path = 0; path < PATHS; path++) {
                check.check(scenario, path, Simulator.tracePath(structure, scenario, structure.simulation().seed(), path));
            }
        }
    }
}

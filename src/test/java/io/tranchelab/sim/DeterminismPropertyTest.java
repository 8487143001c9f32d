package io.tranchelab.sim;

import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.YieldPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * docs/model.md §9-§10: the same structure and seed give the same results to the last bit, whatever
 * the number of threads; a different seed gives different results. Every field of the result
 * is compared ({@link BitIdentical}), under the structure's stress scenario so that shocks,
 * capacity and depth overrides are exercised too.
 *
 * <p>For more structures: {@code -Dtranchelab.determinismStructures=100}.
 */
class DeterminismPropertyTest {

    private static final int STRUCTURES = Integer.getInteger("tranchelab.determinismStructures", 12);
    /** Odd, and enough paths that any sensible block size splits them over several threads. */
    private static final int PATHS = 2_001;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, STRUCTURES).map(i -> 1000 + i);
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void threadCountNeverChangesABitOfTheResult(long seed) {
        Structure structure = RandomStructures.generate(seed);
        SimulationResult oneThread = run(structure, PATHS, 1, structure.simulation().seed());
        for (int threads : new int[] {3, 4}) {
            SimulationResult parallel = run(structure, PATHS, threads, structure.simulation().seed());
            assertNull(BitIdentical.firstDifference(oneThread, parallel), "1 vs " + threads + " threads");
        }
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void sameSeedRepeatsAndAnotherSeedDoesNot(long seed) {
        // A random pool may hold nothing random (a dollar-pegged asset that never depegs), and
        // then another seed rightly changes nothing: add a holding of the first volatile asset.
        Structure generated = RandomStructures.generate(seed);
        List<Position> positions = new ArrayList<>(generated.positions());
        double price = ((VolatileAsset) generated.asset("V0").orElseThrow()).price();
        positions.add(new YieldPosition("volatile holding", "V0", 1e5 / price, 0.05, LossEvents.NONE));
        Structure structure = generated.withPositions(positions);
        long runSeed = structure.simulation().seed();
        SimulationResult first = run(structure, 200, 2, runSeed);
        assertNull(BitIdentical.firstDifference(first, run(structure, 200, 2, runSeed)), "same seed twice");
        // Not the whole result: its seed field alone would differ. The paths must.
        SimulationResult other = run(structure, 200, 2, runSeed + 1);
        assertNotNull(BitIdentical.firstDifference(first.fans(), other.fans()), "another seed");
    }

    private static SimulationResult run(Structure structure, int paths, int threads, long seed) {
        return Simulator.run(structure, TestStructures.runSettings(structure, RandomStructures.STRESS, paths, threads)
                .withSeed(seed));
    }
}

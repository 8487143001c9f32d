package io.tranchelab.sim;

import io.tranchelab.model.Structure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run on earlier runs' per-path arrays gives the figures of a run on fresh arrays, whatever they held. */
class PathArraysSpareTest {

    @BeforeEach
    void noSpare() {
        PathArraysSpare.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eth-lending-book", "staking-steth-note", "lp-fee-pool", "credit-pool-reputation"})
    void aRunOnPoisonedSpareArraysGivesTheFreshRunsFigures(String sample) throws Exception {
        Structure structure = GoldenResultsTest.sample(sample);
        RunSettings settings = RunSettings.of(structure).withPaths(600).withSeed(11).withThreads(2);
        assertRunOnSpareMatchesFresh(structure, settings, Double.NaN);
        assertRunOnSpareMatchesFresh(structure, settings, -0.0);
        assertRunOnSpareMatchesFresh(structure, settings, 12345);
    }

    @Test
    void generatedAndCrossChainStructuresOnPoisonedSpareArraysGiveTheFreshRunsFigures() {
        for (long seed = 1; seed <= 6; seed++) {
            Structure structure = RandomStructures.generate(seed);
            assertRunOnSpareMatchesFresh(structure, RunSettings.of(structure).withPaths(300).withSeed(seed).withThreads(1),
                    Double.NaN);
            Structure crossChain = RandomCrossChains.spread(seed);
            assertRunOnSpareMatchesFresh(crossChain, RunSettings.of(crossChain).withPaths(300).withSeed(seed).withThreads(2),
                    -1e300);
        }
    }

    @Test
    void onlyArraysOfTheRightLengthAreTakenAndEachOnce() {
        double[] five = new double[5];
        double[] six = new double[6];
        PathArraysSpare.giveBack(five, six);
        assertSame(six, PathArraysSpare.take(6));
        assertNotSame(six, PathArraysSpare.take(6), "taken once only");
        assertEquals(7, PathArraysSpare.take(7).length);
        assertSame(five, PathArraysSpare.take(5));
        assertEquals(0, PathArraysSpare.size());
    }

    @Test
    void atMostMaxArraysAreKeptTheNewest() {
        double[] oldest = new double[3];
        PathArraysSpare.giveBack(oldest);
        for (int i = 0; i < PathArraysSpare.MAX_ARRAYS; i++) {
            PathArraysSpare.giveBack(new double[3]);
        }
        assertEquals(PathArraysSpare.MAX_ARRAYS, PathArraysSpare.size());
        for (double[] kept : PathArraysSpare.current()) {
            assertNotSame(oldest, kept);
        }
    }

    @Test
    void atMostMaxDoublesAreKeptAndNoLongerArray() {
        int length = (int) (PathArraysSpare.MAX_DOUBLES / 4);
        double[] oldest = new double[length];
        PathArraysSpare.giveBack(oldest);
        for (int i = 0; i < 4; i++) {
            PathArraysSpare.giveBack(new double[length]);
        }
        assertEquals(4, PathArraysSpare.size());
        for (double[] kept : PathArraysSpare.current()) {
            assertNotSame(oldest, kept);
        }
        PathArraysSpare.clear();
        PathArraysSpare.giveBack(new double[(int) PathArraysSpare.MAX_DOUBLES + 1]);
        assertEquals(0, PathArraysSpare.size());
        PathArraysSpare.giveBack(new double[(int) PathArraysSpare.MAX_DOUBLES]);
        assertEquals(1, PathArraysSpare.size());
        PathArraysSpare.take((int) PathArraysSpare.MAX_DOUBLES);
        PathArraysSpare.giveBack(new double[length], new double[length]);
        assertEquals(2, PathArraysSpare.size(), "what was taken no longer counts");
    }

    @Test
    void aCancelledRunOrAPartOfASplitRunHandsNothingBack() throws Exception {
        Structure structure = GoldenResultsTest.sample("eth-lending-book");
        CancellationToken cancel = CancellationToken.none();
        cancel.cancel();
        try {
            Simulator.run(structure, RunSettings.of(structure).withPaths(300), ProgressListener.NONE, cancel);
        } catch (SimulationCancelledException expected) {
            // the run stops before its end
        }
        assertEquals(0, PathArraysSpare.size());
        SplitRun.simulate(structure, RunSettings.of(structure).withPaths(600), 0, 2);
        assertEquals(0, PathArraysSpare.size());
    }

    @Test
    void theResultsLossesAreNeverHandedBack() throws Exception {
        Structure structure = GoldenResultsTest.sample("lp-fee-pool");
        SimulationResult result = Simulator.run(structure, RunSettings.of(structure).withPaths(300));
        Set<double[]> spare = Collections.newSetFromMap(new IdentityHashMap<>());
        spare.addAll(Arrays.asList(PathArraysSpare.current()));
        assertFalse(spare.isEmpty());
        for (double[] losses : result.trancheLosses()) {
            assertFalse(spare.contains(losses));
        }
    }

    /**
     * Runs once on fresh arrays, fills the arrays that run handed back with {@code poison}, runs
     * again (taking them) and compares every figure, bit for bit.
     */
    private static void assertRunOnSpareMatchesFresh(Structure structure, RunSettings settings, double poison) {
        PathArraysSpare.clear();
        SimulationResult fresh = Simulator.run(structure, settings);
        double[][] spare = PathArraysSpare.current();
        assertTrue(spare.length > 0, "the run hands its arrays back");
        for (double[] array : spare) {
            Arrays.fill(array, poison);
        }
        SimulationResult reused = Simulator.run(structure, settings);
        Set<double[]> after = Collections.newSetFromMap(new IdentityHashMap<>());
        after.addAll(Arrays.asList(PathArraysSpare.current()));
        for (double[] array : spare) {
            assertTrue(after.contains(array), "the second run took the spare arrays and handed them back");
        }
        assertNull(BitIdentical.firstDifference(fresh, reused));
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Structure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A run on the previous run's chart arrays gives the figures of a run on fresh arrays, whatever they held. */
class ChartValuesSpareTest {

    @BeforeEach
    void noSpare() {
        ChartValuesSpare.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eth-lending-book", "staking-steth-note", "lp-fee-pool", "credit-pool-reputation"})
    void aRunOnPoisonedSpareArraysGivesTheFreshRunsFigures(String sample) throws Exception {
        Structure structure = GoldenResultsTest.sample(sample);
        RunSettings settings = RunSettings.of(structure).withPaths(600).withSeed(11).withThreads(2);
        assertRunOnSpareMatchesFresh(structure, settings, Float.NaN);
        assertRunOnSpareMatchesFresh(structure, settings, -0f);
        assertRunOnSpareMatchesFresh(structure, settings, 12345f);
    }

    @Test
    void generatedStructuresOnPoisonedSpareArraysGiveTheFreshRunsFigures() {
        for (long seed = 1; seed <= 6; seed++) {
            Structure structure = RandomStructures.generate(seed);
            RunSettings settings = RunSettings.of(structure).withPaths(300).withSeed(seed).withThreads(1);
            assertRunOnSpareMatchesFresh(structure, settings, Float.NaN);
        }
    }

    @Test
    void aSpareOfAnotherShapeIsLeftForTheRunItFits() {
        float[][][] spare = new float[3][4][5];
        ChartValuesSpare.giveBack(spare);
        float[][][] other = ChartValuesSpare.take(3, 4, 6);
        assertNotSame(spare, other);
        assertEquals(6, other[2][3].length);
        assertSame(spare, ChartValuesSpare.take(3, 4, 5));
        assertNotSame(spare, ChartValuesSpare.take(3, 4, 5), "taken once only");
    }

    @Test
    void aSpareWithOneShorterColumnIsNotTaken() {
        float[][][] spare = new float[2][2][5];
        spare[1][1] = new float[4];
        ChartValuesSpare.giveBack(spare);
        assertNotSame(spare, ChartValuesSpare.take(2, 2, 5));
        float[][][] fewerPoints = new float[2][3][5];
        fewerPoints[1] = new float[2][5];
        ChartValuesSpare.giveBack(fewerPoints);
        assertNotSame(fewerPoints, ChartValuesSpare.take(2, 3, 5));
        assertNotSame(fewerPoints, ChartValuesSpare.take(3, 3, 5));
    }

    @Test
    void aCancelledRunHandsNothingBack() throws Exception {
        Structure structure = GoldenResultsTest.sample("eth-lending-book");
        CancellationToken cancel = CancellationToken.none();
        cancel.cancel();
        try {
            Simulator.run(structure, RunSettings.of(structure).withPaths(300), ProgressListener.NONE, cancel);
        } catch (SimulationCancelledException expected) {
            // the run stops before its end
        }
        assertNull(ChartValuesSpare.current());
    }

    /**
     * Runs once on fresh arrays, fills the arrays that run handed back with {@code poison}, runs
     * again (taking them) and compares every figure, bit for bit.
     */
    private static void assertRunOnSpareMatchesFresh(Structure structure, RunSettings settings, float poison) {
        ChartValuesSpare.clear();
        SimulationResult fresh = Simulator.run(structure, settings);
        float[][][] spare = ChartValuesSpare.current();
        assertNotNull(spare, "the run hands its arrays back");
        for (float[][] row : spare) {
            for (float[] column : row) {
                Arrays.fill(column, poison);
            }
        }
        SimulationResult reused = Simulator.run(structure, settings);
        assertSame(spare, ChartValuesSpare.current(), "the second run used the spare and handed it back");
        assertNull(BitIdentical.firstDifference(fresh, reused));
    }
}

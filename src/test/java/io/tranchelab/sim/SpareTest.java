package io.tranchelab.sim;

import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The objects a run leaves for the next ({@link Spare}): taken once each, the newest that fits
 * first, a bounded number kept; and a run on what earlier runs left, whatever it holds, gives the
 * figures of a run on fresh objects, to the bit.
 */
class SpareTest {

    @Test
    void theNewestThatFitsIsTakenAndEachOnlyOnce() {
        Spare<int[]> spare = new Spare<>(3);
        int[] two = new int[2];
        int[] threeOld = new int[3];
        int[] threeNew = new int[3];
        spare.giveBack(two);
        spare.giveBack(threeOld);
        spare.giveBack(threeNew);
        assertSame(threeNew, spare.take(a -> a.length == 3));
        assertSame(threeOld, spare.take(a -> a.length == 3));
        assertNull(spare.take(a -> a.length == 3), "each is taken once");
        assertSame(two, spare.take(a -> true));
        assertEquals(0, spare.size());
    }

    @Test
    void atMostMaxKeptAreKeptTheOldestDroppedFirst() {
        Spare<int[]> spare = new Spare<>(2);
        int[] oldest = new int[1];
        spare.giveBack(oldest);
        spare.giveBack(new int[1]);
        spare.giveBack(new int[1]);
        assertEquals(2, spare.size());
        assertFalse(spare.current().contains(oldest));
        spare.clear();
        assertEquals(0, spare.size());
    }

    /**
     * The dated cash arrays are not cleared between uses (each date's first step writes its row),
     * nor the IRR solvers' scratch (written before it is read): filled with NaN, -0 or a huge value
     * (the solvers' indices and bucket heads with 1, 7 or 300: lanes that may or may not exist), the
     * next run gives the fresh run's figures, IRRs included.
     */
    @ParameterizedTest
    @ValueSource(strings = {"eth-lending-book", "staking-steth-note", "lp-fee-pool", "credit-pool-reputation"})
    void aRunOnPoisonedDatedCashGivesTheFreshRunsFigures(String sample) throws Exception {
        Structure structure = GoldenResultsTest.sample(sample);
        RunSettings settings = RunSettings.of(structure).withPaths(600).withSeed(5).withThreads(2);
        double[] poisons = {Double.NaN, -0.0, 1e300};
        int[] indices = {1, 7, 300};
        for (int p = 0; p < poisons.length; p++) {
            double poison = poisons[p];
            PathStatistics.DATED_SPARE.clear();
            PathStatistics.IRR_SPARE.clear();
            SimulationResult fresh = Simulator.run(structure, settings);
            List<double[]> kept = PathStatistics.DATED_SPARE.current();
            assertFalse(kept.isEmpty(), "the workers hand their dated cash back");
            for (double[] dated : kept) {
                Arrays.fill(dated, poison);
            }
            List<Irr> solvers = PathStatistics.IRR_SPARE.current();
            assertFalse(solvers.isEmpty(), "the workers hand their IRR solvers back");
            for (Irr solver : solvers) {
                solver.fillScratch(poison, indices[p]);
            }
            assertNull(BitIdentical.firstDifference(fresh, Simulator.run(structure, settings)));
        }
    }

    /** Runs of other shapes in between (their fan selectors, block sums and dated cash kept) change nothing. */
    @Test
    void runsOfOtherStructuresInBetweenChangeNoFigure() throws Exception {
        Structure lending = GoldenResultsTest.sample("eth-lending-book");
        RunSettings settings = RunSettings.of(lending).withPaths(1_000).withSeed(3).withThreads(2);
        PathStatistics.DATED_SPARE.clear();
        FanSelector.clearSpare();
        SimulationResult fresh = Simulator.run(lending, settings);
        for (long seed = 1; seed <= 4; seed++) {
            Structure other = RandomStructures.generate(seed);
            Simulator.run(other, RunSettings.of(other).withPaths(700).withSeed(seed).withThreads(2));
        }
        assertNull(BitIdentical.firstDifference(fresh, Simulator.run(lending, settings)));
        assertNull(BitIdentical.firstDifference(fresh, Simulator.run(lending, settings.withThreads(1))));
    }
}

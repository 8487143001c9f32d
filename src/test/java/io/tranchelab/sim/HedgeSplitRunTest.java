package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.tranchelab.model.Structure;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A hedged run split into ranges of blocks (docs/model.md §9; the Spark path) gives the whole
 * run's result to the bit: the overlay's state is per block and its funding draws per path.
 */
class HedgeSplitRunTest {

    @Test
    void theHedgedSampleSplitInTwoRangesIsTheWholeRunToTheBit() throws Exception {
        Structure structure = GoldenResultsTest.sample("hedged-eth-vault");
        RunSettings settings = new RunSettings(1_100, 11, 2, "base", 31, 600);
        SimulationResult whole = Simulator.run(structure, settings);
        SimulationResult merged = SplitRun.merge(structure, settings, List.of(
                SplitRun.simulate(structure, settings, 2, 5), SplitRun.simulate(structure, settings, 0, 2)));
        assertNull(BitIdentical.firstDifference(whole, merged));
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Structure;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run split into ranges of blocks, each simulated on its own and sent through Java
 * serialization as another process would, merges into the result of the whole run, to the bit.
 */
class SplitRunTest {

    /** 1,100 paths: five blocks, the last of 76 paths; fans from the first 600, so the sample ends inside block 2. */
    private static RunSettings settings(Structure structure) {
        return new RunSettings(1_100, 11, 2, "base", 31, 600);
    }

    private static SimulationResult split(Structure structure, RunSettings settings, int... bounds) throws Exception {
        List<PartialRun> parts = new ArrayList<>();
        for (int i = bounds.length - 1; i > 0; i--) { // handed over out of order: the merge puts them in order
            parts.add(overTheWire(SplitRun.simulate(structure, settings, bounds[i - 1], bounds[i])));
        }
        return SplitRun.merge(structure, settings, parts);
    }

    private static PartialRun overTheWire(PartialRun part) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(part);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PartialRun) in.readObject();
        }
    }

    @Test
    void oneTwoAndThreeRangesGiveTheWholeRunsResultToTheBit() throws Exception {
        for (String name : new String[] {"eth-lending-book", "credit-pool-reputation", "lp-fee-pool"}) {
            Structure structure = GoldenResultsTest.sample(name);
            RunSettings settings = settings(structure);
            assertEquals(5, SplitRun.blocks(settings));
            SimulationResult whole = Simulator.run(structure, settings);
            assertNull(BitIdentical.firstDifference(whole, split(structure, settings, 0, 5)), name + ", one range");
            assertNull(BitIdentical.firstDifference(whole, split(structure, settings, 0, 2, 5)), name + ", two");
            assertNull(BitIdentical.firstDifference(whole, split(structure, settings, 0, 1, 4, 5)), name + ", three");
        }
    }

    @Test
    void aScenarioRunSplitsToo() throws Exception {
        Structure structure = GoldenResultsTest.sample("staking-steth-note");
        RunSettings settings = settings(structure).withScenario(structure.scenarios().get(1).name());
        assertNull(BitIdentical.firstDifference(Simulator.run(structure, settings), split(structure, settings, 0, 3, 5)));
    }

    @Test
    void partsThatLeaveAGapOverlapOrComeFromAnotherRunAreRefused() throws Exception {
        Structure structure = GoldenResultsTest.sample("eth-lending-book");
        RunSettings settings = settings(structure);
        PartialRun first = SplitRun.simulate(structure, settings, 0, 2);
        PartialRun last = SplitRun.simulate(structure, settings, 3, 5);
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
                () -> SplitRun.merge(structure, settings, List.of(first, last)));
        assertEquals("blocks 2 to 2 are missing", gap.getMessage());
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
                () -> SplitRun.merge(structure, settings, List.of(first, SplitRun.simulate(structure, settings, 1, 5))));
        assertEquals("blocks 1 to 1 are given twice", overlap.getMessage());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> SplitRun.merge(structure,
                settings.withSeed(12), List.of(first, SplitRun.simulate(structure, settings, 2, 5))));
        assertTrue(other.getMessage().contains("of another run"), other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SplitRun.simulate(structure, settings, 4, 6));
    }
}

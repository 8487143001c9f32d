package io.tranchelab.sim;

import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/model.md §7.2: a fee that income cannot pay is carried, paid first at the horizon, and senior to every tranche. */
class CarriedFeeTest {

    private static final double EPS = 1e-9;

    @Test
    void unpaidFeeIsCarriedAndPaidBeforeAnyTranche() {
        // 100 units paying nothing; fee 1 % of NAV 100 over one year = 1, unpaid in the step.
        Structure structure = TestStructures.builder()
                .horizon(1, 1)
                .asset(flatAsset("X", 1.0))
                .position(yieldPosition("X", 100, 0))
                .tranche("senior", 0.7, 0)
                .tranche("equity", 0.3, 0)
                .waterfall(0.01, 0, 0)
                .build();
        PathTrace t = Simulator.tracePath(structure, "base", 1, 0);

        assertEquals(0, t.fees()[0], EPS);
        // Marked after the step: the unpaid fee comes off the NAV of 100 before the tranches.
        assertArrayEquals(new double[] {70, 29}, TestStructures.atStep(t.trancheValues(), 0), EPS);
        assertEquals(1, t.finalFees(), EPS);
        assertArrayEquals(new double[] {70, 29}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 1}, t.loss(), EPS);
        assertEquals(100, t.totalUses(), EPS);
    }
}

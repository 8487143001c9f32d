package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.WaterfallKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.tranchelab.sim.KindTestStructures.trace;
import static io.tranchelab.sim.KindTestStructures.twoTranches;
import static io.tranchelab.sim.KindTestStructures.withKind;
import static io.tranchelab.sim.TestStructures.atStep;
import static io.tranchelab.sim.TestStructures.scenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Idle Perpetual Yield Tranches (docs/model.md §7.9.3), after IdleCDO's _virtualPriceAux. */
class PerpetualYieldKindTest {

    private static final double EPS = 1e-9;

    /**
     * Idle's documents (Idle-Labs/idle-tranches README; docs.idle.finance "Perpetual Yield
     * Tranches"): the interest is split by trancheAPRSplitRatio, "eg 20 % interest to AA holders and
     * 80 % to BB", so a tranche's APR is the pool's times its split over its share of the value:
     * AA = apr x split / AAratio; "when the AAratio == trancheAPRSplitRatio we have the same APR of
     * the lending provider". With the 20/80 split and a 10 % provider: AA ratio 20 % gives both 10 %;
     * AA ratio 50 % (IdleCDO's tests deposit AA and BB alike) gives AA 4 % and BB 16 %.
     */
    @ParameterizedTest(name = "AA ratio {0}: AA {1}, BB {2}")
    @CsvSource({"0.2, 0.10, 0.10", "0.5, 0.04, 0.16"})
    void reproducesIdlesAprSplit(double aaRatio, double aaApr, double bbApr) {
        Structure structure = withKind(twoTranches(100, 0.10, aaRatio, 0, 1, 1).build(),
                new WaterfallKind.PerpetualYield(0.2, 0.01, 0));
        SimulationResult r = Simulator.run(structure, TestStructures.runSettings(structure, Scenario.BASE_NAME, 4, 1));
        assertEquals(aaApr, r.tranches().get(0).returnMean(), 1e-12);
        assertEquals(bbApr, r.tranches().get(1).returnMean(), 1e-12);
        // the junior's whole value is its residual; the senior's yield beyond its principal is coupon
        PathTrace t = trace(structure);
        assertEquals((1 - aaRatio) * 100 * (1 + bbApr), t.finalPrincipal()[1], 1e-9);
        assertEquals(aaRatio * 100, t.finalPrincipal()[0], 1e-9);
        assertEquals(aaRatio * 100 * aaApr, t.finalCoupon()[0], 1e-9);
    }

    @Test
    void splitsGainsByTheRatioSmallLossesProRataAndLargeOnesJuniorFirst() {
        // AA 50, BB 50; 100 units at 6 %, three steps of a third of a year; split 0.2, tolerance 1 %,
        // performance fee 10 %. X at 1, 0.975, 0.90 in steps 1-3.
        Structure structure = withKind(twoTranches(100, 0.06, 0.5, 0, 1, 3)
                .scenario(scenario("path", 1.0, java.util.List.of(new PriceShock("X", 2, Math.log(0.975)),
                        new PriceShock("X", 3, Math.log(0.90 / 0.975)))))
                .build(), new WaterfallKind.PerpetualYield(0.2, 0.01, 0.10));
        PathTrace t = trace(structure, "path");
        // Step 1: income 100 x 0.02 = 2 kept; net 102, gain 2: fee 0.2 (paid from the cash: 1.8 left);
        // 1.8 split: AA +0.36 = 50.36, BB +1.44 = 51.44; net 101.8.
        assertEquals(0.2, t.fees()[0], EPS);
        assertArrayEquals(new double[] {50.36, 51.44}, atStep(t.trancheValues(), 0), EPS);
        // Step 2: X 0.975: income 97.5 x 0.02 = 1.95, cash 3.75, net 101.25: a loss of 0.55, within
        // 1 % of 101.8 = 1.018: shared pro rata, AA 0.55 x 50.36 / 101.8, BB the rest.
        double aaLoss = 0.55 * 50.36 / 101.8;
        assertArrayEquals(new double[] {50.36 - aaLoss, 51.44 - (0.55 - aaLoss)}, atStep(t.trancheValues(), 1), EPS);
        // Step 3: X 0.90: income 1.8, cash 5.55, net 95.55: a loss of 5.7 > 1.0125: all on BB.
        double aa = 50.36 - aaLoss;
        double bb = 51.44 - (0.55 - aaLoss) - 5.7;
        assertArrayEquals(new double[] {aa, bb}, atStep(t.trancheValues(), 2), EPS);
        // Final: 90 + 5.55 = 95.55, no change: AA gets its 50 and aa - 50 of yield; BB bb, losing 50 - bb.
        assertEquals(5.55, t.finalCash(), EPS);
        assertArrayEquals(new double[] {50, bb}, t.finalPrincipal(), EPS);
        assertEquals(aa - 50, t.finalCoupon()[0], EPS);
        assertArrayEquals(new double[] {0, 50 - bb}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }
}

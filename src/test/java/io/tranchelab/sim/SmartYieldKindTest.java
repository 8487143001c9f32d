package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Structure;
import io.tranchelab.model.WaterfallKind;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.KindTestStructures.trace;
import static io.tranchelab.sim.KindTestStructures.twoTranches;
import static io.tranchelab.sim.KindTestStructures.withKind;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** BarnBridge SMART Yield (docs/model.md §7.9.2). */
class SmartYieldKindTest {

    private static final double EPS = 1e-6;

    /**
     * BarnBridge's "Beginner's Guide to SMART Yield" (BarnBridge/barnbridge-docs,
     * smart-yield/beginners-guide-to-smart-yield.md): Alice buys a senior bond of 100M USDC for
     * 1 year at a guaranteed 6.4 % (senior APY = gain / principal / days x 365); "if the originator
     * APY goes below her guaranteed APY, junior funds will be used to cover her rates"; "Alice has
     * to pay a 5 % fee on the senior bond gain at redeem". With 50M of junior and Compound paying
     * 3 %: the gain is 6.4M, Alice gets 100M + 6.08M and the protocol 0.32M; the pool earned
     * 4.5M, so the junior funds 1.9M and gets 50 + 4.5 - 6.4 = 48.1M. Half-way, the SPEC's junior
     * pool value (BarnBridge-SmartYieldBonds SPEC.md: total pool - senior deposits - ABOND.reward x
     * elapsed / duration) is 152.25 - 100 - 3.2 = 49.05M.
     */
    @Test
    void reproducesBarnBridgesSeniorBondWithTheJuniorFundingTheShortfall() {
        Structure structure = withKind(twoTranches(150, 0.03, 100.0 / 150, 0.064, 1, 2).build(),
                new WaterfallKind.SmartYield(0.05));
        PathTrace t = trace(structure);
        assertArrayEquals(new double[] {0, 0}, t.coupons()[0], EPS); // the gain is paid at maturity
        assertArrayEquals(new double[] {0, 0}, t.equity(), EPS); // income stays in the pool
        assertEquals(100 + 3.2, t.trancheValues()[0][0], EPS);
        assertEquals(152.25 - 100 - 3.2, t.trancheValues()[1][0], EPS);
        assertEquals(6.08, t.finalCoupon()[0], EPS);
        assertEquals(0.32, t.finalFees(), EPS);
        assertArrayEquals(new double[] {100, 48.1}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 1.9}, t.loss(), EPS);
    }

    @Test
    void aCrashBeyondTheJuniorReachesTheSeniorAfterItsGain() {
        // As above (150 units at 3 %, senior 100 at 6.4 %, two half-year steps, 5 % gain fee); X
        // falls to 0.30 in step 2.
        Structure structure = withKind(twoTranches(150, 0.03, 100.0 / 150, 0.064, 1, 2)
                .scenario(shockScenario("crash", new PriceShock("X", 2, Math.log(0.3))))
                .build(), new WaterfallKind.SmartYield(0.05));
        PathTrace t = trace(structure, "crash");
        // Step 1 income 150 x 0.03 x 0.5 = 2.25; step 2: 45 x 0.015 = 0.675; both kept: cash 2.925.
        // Marks after step 2: NAV 47.925 < the senior's claim 106.4: senior 47.925, junior 0.
        assertArrayEquals(new double[] {2.25, 0.675}, t.income(), EPS);
        assertArrayEquals(new double[] {47.925, 0}, TestStructures.atStep(t.trancheValues(), 1), EPS);
        // Final 45 + 2.925 = 47.925: the gain 6.4 first (6.08 to the senior, 0.32 fee), then
        // 41.525 of principal: the senior loses 58.475, the junior all 50.
        assertEquals(2.925, t.finalCash(), EPS);
        assertEquals(6.08, t.finalCoupon()[0], EPS);
        assertEquals(0.32, t.finalFees(), EPS);
        assertArrayEquals(new double[] {41.525, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {58.475, 50}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }
}

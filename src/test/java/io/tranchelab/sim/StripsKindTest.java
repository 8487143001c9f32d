package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.WaterfallKind;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.KindTestStructures.trace;
import static io.tranchelab.sim.KindTestStructures.twoTranches;
import static io.tranchelab.sim.KindTestStructures.withKind;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pendle principal and yield strips (docs/model.md §7.9.6). */
class StripsKindTest {

    private static final double EPS = 1e-9;

    /**
     * Pendle's documents. "Using Pendle": "if you buy PT-aUSDC with a maturity period of 1 year at
     * 5 % implied yield ... for every USDC you spend on PT, you will get back 1.05 USDC upon
     * maturity". Glossary: "If you own 1 YT-wstETH (stETH) and stETH has an average yield of 5 %
     * through the year, you will have accrued 0.05 stETH by the end of the year." So 100 units
     * earning 5 % split into PT bought at 1 / 1.05 a unit and YT at 1 - 1 / 1.05: PT gets 100 back
     * (1.05 per unit spent), YT 0.05 a unit.
     */
    @Test
    void reproducesPendlesFixedYieldAndYieldTokenExamples() {
        double pt = 1 / 1.05;
        Structure structure = withKind(twoTranches(100, 0.05, pt, 0, 1, 1).build(), new WaterfallKind.Strips());
        PathTrace t = trace(structure);
        assertEquals(5, t.equity()[0], EPS); // 0.05 per unit to YT
        assertEquals(100, t.finalPrincipal()[0] + t.finalCoupon()[0], EPS);
        assertEquals(1.05, (t.finalPrincipal()[0] + t.finalCoupon()[0]) / (100 * pt), EPS);
        SimulationResult r = Simulator.run(structure, TestStructures.runSettings(structure, Scenario.BASE_NAME, 4, 1));
        assertEquals(0.05, r.tranches().get(0).returnMean(), 1e-12);
        assertEquals(0, r.tranches().get(0).expectedLoss(), 0);
        assertEquals(0, r.tranches().get(1).expectedLoss(), 0); // the yield repaid what YT cost
    }

    @Test
    void aFeeTheIncomeCannotPayIsCarriedAndPaidFirstAtTheHorizon() {
        // 100 units earning nothing, fee 1 %, one yearly step: the fee 1 is carried; at the
        // horizon 100 pays it first and the PT gets 99.
        Structure structure = withKind(twoTranches(100, 0, 0.95, 0, 1, 1).waterfall(0.01, 0, 0).build(),
                new WaterfallKind.Strips());
        PathTrace t = trace(structure);
        assertEquals(0, t.fees()[0], EPS);
        assertEquals(99, t.trancheValues()[0][0], EPS); // marked after the unpaid fee
        assertEquals(1, t.finalFees(), EPS);
        assertEquals(99, t.finalPrincipal()[0] + t.finalCoupon()[0], EPS);
        assertEquals(5, t.loss()[1], EPS); // YT received no yield
    }

    @Test
    void yieldGoesToTheYieldTokenEachStepAndPrincipalLossesToThePrincipalToken() {
        // 100 units at 8 %, fee 1 %, four quarterly steps; PT 95, YT 5; X falls to 0.90 in step 3.
        Structure structure = withKind(twoTranches(100, 0.08, 0.95, 0, 1, 4)
                .waterfall(0.01, 0, 0)
                .scenario(shockScenario("fall", new PriceShock("X", 3, Math.log(0.9))))
                .build(), new WaterfallKind.Strips());
        PathTrace t = trace(structure, "fall");
        // Income 100 x 0.08 / 4 = 2 in steps 1-2 and 90 x 0.02 = 1.8 in steps 3-4; fee on the NAV at
        // the mark: 100 x 0.01 / 4 = 0.25, then 90 x 0.0025 = 0.225; YT gets the rest.
        assertArrayEquals(new double[] {0.25, 0.25, 0.225, 0.225}, t.fees(), EPS);
        assertArrayEquals(new double[] {1.75, 1.75, 1.575, 1.575}, t.equity(), EPS);
        // PT is marked at the whole NAV, YT at 0.
        assertArrayEquals(new double[] {100, 100, 90, 90}, t.trancheValues()[0], EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0}, t.trancheValues()[1], EPS);
        // Final: 90 to PT, which loses 95 - 90 = 5; YT received 6.65 > its 5: no loss.
        assertArrayEquals(new double[] {90, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {5, 0}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }
}

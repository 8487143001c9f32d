package io.tranchelab.sim;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Structure;
import io.tranchelab.model.WaterfallKind;
import org.junit.jupiter.api.Test;

import static io.tranchelab.sim.KindTestStructures.trace;
import static io.tranchelab.sim.KindTestStructures.withKind;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Centrifuge Tinlake DROP/TIN (docs/model.md §7.9.4). */
class TinlakeKindTest {

    private static final double EPS = 1e-9;

    /** A pool of {@code cash} reserve and {@code 1000 - cash} units of X, senior share s at its DROP rate, one yearly step. */
    private static TestStructures.Builder pool(double cash, double apr, double seniorShare, double dropRate,
                                               double years, int steps) {
        return TestStructures.builder()
                .horizon(years, steps)
                .initialCash(cash)
                .asset(TestStructures.flatAsset("X", 1.0))
                .position(TestStructures.yieldPosition("X", 1000 - cash, apr))
                .tranche("DROP", seniorShare, dropRate)
                .tranche("TIN", 1 - seniorShare, 0);
    }

    /**
     * Tinlake's own example (centrifuge/tinlake issue #412, "minSeniorRatio constraints only for
     * TIN"): the constraint is seniorAsset >= (NAV + reserve) x minSeniorRatio; with NAV + reserve
     * 1000 and minSeniorRatio 0.75, seniorAsset 700 violates it and 800 is healthy. A redemption of
     * TIN from the reserve raises the ratio: 1000 - 700 / 0.75 = 66.67 brings it back to 0.75.
     */
    @Test
    void reproducesTinlakesMinimumSeniorRatioExample() {
        Structure violated = withKind(pool(100, 0, 0.7, 0, 1, 1).build(), new WaterfallKind.Tinlake(0.75, 0.85));
        PathTrace t = trace(violated);
        double redeemed = 1000 - 700 / 0.75;
        assertEquals(redeemed, t.equity()[0], EPS);
        assertEquals(0.75, t.trancheValues()[0][0] / t.nav()[0], EPS);
        assertArrayEquals(new double[] {700, 300 - redeemed}, t.finalPrincipal(), EPS);

        Structure healthy = withKind(pool(100, 0, 0.8, 0, 1, 1).build(), new WaterfallKind.Tinlake(0.75, 0.85));
        PathTrace h = trace(healthy);
        assertEquals(0, h.equity()[0], 0);
        assertEquals(0, h.turbo()[0], 0);
        assertArrayEquals(new double[] {800, 200}, h.finalPrincipal(), EPS);
    }

    @Test
    void aSeniorRatioAboveTheMaximumRedeemsDropAsFarAsTheReserveGoes() {
        // NAV + reserve 1000, DROP 850 > 0.8 x 1000: the cure needs (850 - 800) / 0.2 = 250, the
        // reserve holds 100: DROP gets 100 (850 - 100) / 900 = 0.833.
        Structure structure = withKind(pool(100, 0, 0.85, 0, 1, 1).build(), new WaterfallKind.Tinlake(0.5, 0.8));
        PathTrace t = trace(structure);
        assertEquals(100, t.turbo()[0], EPS);
        assertArrayEquals(new double[] {750, 150}, t.finalPrincipal(), EPS);
        // With a reserve of 300 the whole cure fits: 250 to DROP, (850 - 250) / (1000 - 250) = 0.8.
        PathTrace cured = trace(withKind(pool(300, 0, 0.85, 0, 1, 1).build(), new WaterfallKind.Tinlake(0.5, 0.8)));
        assertEquals(250, cured.turbo()[0], EPS);
        assertEquals(0.8, cured.trancheValues()[0][0] / cured.nav()[0], EPS);
        assertArrayEquals(new double[] {600, 150}, cured.finalPrincipal(), EPS);
    }

    @Test
    void dropAccruesItsRateAndTakesTheReserveWhenTheJuniorIsGone() {
        // Reserve 100, 900 units at 4 %; DROP 800 at 10 %, TIN 200; band [0.7, 0.85]; two
        // half-year steps; X falls to 0.80 in step 2.
        Structure structure = withKind(pool(100, 0.04, 0.8, 0.10, 1, 2)
                .scenario(shockScenario("fall", new PriceShock("X", 2, Math.log(0.8))))
                .build(), new WaterfallKind.Tinlake(0.7, 0.85));
        PathTrace t = trace(structure, "fall");
        // Step 1: income 900 x 0.02 = 18 kept (reserve 118); DROP accrues 800 x 0.05 = 40 (claim
        // 840); NAV + reserve 1018; ratio 840 / 1018 = 0.825: in the band, nothing moves.
        assertArrayEquals(new double[] {840, 178}, TestStructures.atStep(t.trancheValues(), 0), EPS);
        // Step 2: X 0.80: income 720 x 0.02 = 14.4 (reserve 132.4); DROP accrues 840 x 0.05 = 42
        // (claim 882); NAV + reserve 852.4 < 882: ratio 1 > 0.85, DROP redeemed with all the
        // reserve: 82 of accrued interest, then 50.4 of principal (749.6 left).
        assertEquals(82, t.coupons()[0][1], EPS);
        assertEquals(50.4, t.turbo()[1], EPS);
        // Final: 720 to DROP's claim 749.6: it loses 29.6, TIN all 200.
        assertArrayEquals(new double[] {720, 0}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {29.6, 200}, t.loss(), EPS);
        assertEquals(852.4, t.totalSources(), EPS);
        assertEquals(852.4, t.totalUses(), EPS);
        // DROP's cash over the year: 82 + 50.4 + 720 = 852.4 on 800; WAL (50.4 x 1 + 720 x 1) / 770.4 = 1.
        io.tranchelab.sim.SimulationResult r = Simulator.run(structure, TestStructures.runSettings(structure, "fall", 4, 1));
        assertEquals(852.4 / 800 - 1, r.tranches().get(0).returnMean(), 1e-12);
        assertEquals(29.6 / 800, r.tranches().get(0).expectedLoss(), 1e-12);
    }
}

package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.WaterfallKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pro-rata principal with a sequential switch (docs/model.md §7.9.1), on the waterfall's rules
 * directly: principal cash is hard to produce by hand through loan books, so the test feeds each
 * step's principal cash and mark as the block simulator would (cash account first, then the mark).
 */
class ProRataKindTest {

    private static final double EPS = 1e-9;

    @Test
    void paysPrincipalProRataUntilTheTriggerThenSeniorFirstForGood() {
        // Senior 60, mezzanine 30, equity 10 (no coupons, no fee); switch below 0.95 x principal outstanding.
        Structure structure = KindTestStructures.withKind(TestStructures.builder()
                .asset(TestStructures.flatAsset("X", 1.0))
                .position(TestStructures.yieldPosition("X", 100, 0))
                .tranche("senior", 0.6, 0).tranche("mezzanine", 0.3, 0).tranche("equity", 0.1, 0)
                .build(), new WaterfallKind.ProRata(0.95));
        SimulationPlan plan = new SimulationPlan(structure, Scenario.BASE);
        Waterfall w = new Waterfall(plan, 1);
        BlockFlows f = new BlockFlows(3, 1);
        w.reset();

        // Step 1: 10 of principal cash, NAV at the mark 100 >= 0.95 x 100: pro rata 6, 3, 1.
        step(w, f, 10, 100);
        assertArrayEquals(new double[] {6, 3, 1}, paid(f), EPS);
        assertEquals(10, f.turbo[0], EPS);
        assertArrayEquals(new double[] {54, 27, 9}, outstanding(w), EPS);
        // Step 2: NAV 85 < 0.95 x 90 = 85.5: switched; 10 to the senior.
        step(w, f, 10, 85);
        assertArrayEquals(new double[] {10, 0, 0}, paid(f), EPS);
        // Step 3: the NAV recovers to 80 >= 0.95 x 80, but the switch holds: 50 pays the senior's
        // 44, then 6 of the mezzanine.
        step(w, f, 50, 80);
        assertArrayEquals(new double[] {44, 6, 0}, paid(f), EPS);
        assertArrayEquals(new double[] {0, 21, 9}, outstanding(w), EPS);
        // Final: 25 -> mezzanine 21, equity 4 (loses 5): losses bottom up, as in §7.7.
        FinalFlows fin = new FinalFlows(3, 1);
        w.distributeFinal(0, 25, fin);
        assertArrayEquals(new double[] {0, 21, 4}, new double[] {fin.principal[0][0], fin.principal[1][0],
                fin.principal[2][0]}, EPS);
        assertArrayEquals(new double[] {0, 0, 5}, new double[] {fin.loss[0][0], fin.loss[1][0], fin.loss[2][0]}, EPS);

        // The lane's next path starts pro rata again: the switch belongs to a path, not to the lane.
        w.reset();
        step(w, f, 10, 100);
        assertArrayEquals(new double[] {6, 3, 1}, paid(f), EPS);
    }

    @Test
    void aZeroTriggerNeverSwitches() {
        Structure structure = KindTestStructures.withKind(TestStructures.builder()
                .asset(TestStructures.flatAsset("X", 1.0))
                .position(TestStructures.yieldPosition("X", 100, 0))
                .tranche("senior", 0.8, 0).tranche("equity", 0.2, 0)
                .build(), new WaterfallKind.ProRata(0));
        SimulationPlan plan = new SimulationPlan(structure, Scenario.BASE);
        Waterfall w = new Waterfall(plan, 1);
        BlockFlows f = new BlockFlows(2, 1);
        w.reset();
        step(w, f, 10, 1); // a NAV of 1 would switch any positive trigger
        assertArrayEquals(new double[] {8, 2}, paid(f), EPS);
    }

    /** One step as BlockSimulator runs it: principal cash into the cash account, the mark, then the waterfall. */
    private static void step(Waterfall w, BlockFlows f, double principalCash, double navAtMark) {
        f.clear();
        f.principalCash[0] = principalCash;
        w.cash[0] += principalCash;
        f.navAtMark[0] = navAtMark;
        w.distribute(1, f, 1.0);
    }

    private static double[] paid(BlockFlows f) {
        double[] out = new double[f.principalPaid.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = f.principalPaid[t][0];
        }
        return out;
    }

    private static double[] outstanding(Waterfall w) {
        double[] out = new double[w.principal.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = w.principal[t][0];
        }
        return out;
    }
}

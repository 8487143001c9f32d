package io.tranchelab.sim;

import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Hedge;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.YieldPosition;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/**
 * The overlay's edges (docs/model.md §5.6 and §7.7): a pool that cannot pay its hedge,
 * the last put cut at the horizon, rebalancing against the band, random funding's moments, and
 * a path's hedge flows being those of the path alone.
 */
class HedgeEdgeCasesTest {

    private static final double TOLERANCE = 1e-9;

    private static Structure vault(VolatileAsset x, YieldPosition position, int stepsPerYear, double years, Hedge hedge,
                                   Shock... shocks) {
        return TestStructures.builder()
                .horizon(years, stepsPerYear)
                .asset(x)
                .position(position)
                .tranche("senior", 0.7, 0)
                .tranche("equity", 0.3, 0)
                .scenario(shockScenario("path", shocks))
                .build()
                .withHedges(List.of(hedge));
    }

    private static VolatileAsset flat(OptionalDouble depth) {
        return new VolatileAsset("X", 100, 0, 0, Jumps.NONE, depth);
    }

    /**
     * Shorts pay 400 % a year on 10 X at 100, no income: 1,000 a quarter is owed, 4,000 by the
     * horizon; the final 1,000 pays 1,000 of it first, 3,000 stays unpaid and the tranches get nothing.
     */
    @Test
    void whatThePoolCannotPayOfTheHedgeExpenseStaysOwedAndTheTranchesGetNothing() {
        Structure s = vault(flat(OptionalDouble.empty()), yieldPosition("X", 10, 0), 4, 1,
                new PerpetualShort("short", "X", 1, 0, -4, 0));
        HedgeOutcomes o = HedgeAnalysis.run(s, "path", 1, 1, CancellationToken.none());
        assertEquals(4000, o.fundingPaid()[0], TOLERANCE);
        assertEquals(1000, o.expensePaid()[0], TOLERANCE);
        assertEquals(3000, o.expenseUnpaid()[0], TOLERANCE);
        PathTrace trace = Simulator.tracePath(s, "path", 1, 0);
        assertArrayEquals(new double[] {0, 0}, trace.finalPrincipal(), TOLERANCE);
        // NAV = 10 X at 100 less the expense owed: 1,000 - 1,000, - 2,000, - 3,000, - 4,000 after the last step
        assertArrayEquals(new double[] {0, -1000, -2000, -3000}, trace.nav(), TOLERANCE);
    }

    /**
     * X triples at step 1 (10 X short at 100: a loss of 2,000 on the margin), and the final sale
     * of 10 X at 300 into a depth of 1,500 realizes 3,000 (1 - min(0.99, 3,000 / 3,000)) = 30: the
     * exchange takes at most those 30, the proceeds are 0 and nothing is left for the tranches.
     */
    @Test
    void aShortsLossIsSettledAtMostToWhatThePoolHas() {
        Structure s = vault(flat(OptionalDouble.of(1500)), yieldPosition("X", 10, 0), 1, 1,
                new PerpetualShort("short", "X", 1, 0, 0, 0), new PriceShock("X", 1, Math.log(3)));
        PathTrace trace = Simulator.tracePath(s, "path", 1, 0);
        assertEquals(0, trace.liquidationProceeds(), TOLERANCE);
        assertArrayEquals(new double[] {0, 0}, trace.finalPrincipal(), TOLERANCE);
        HedgeOutcomes o = HedgeAnalysis.run(s, "path", 1, 1, CancellationToken.none());
        assertEquals(-2000, o.perpPnl()[0], TOLERANCE);
    }

    /**
     * Puts of 273.75 days (3 quarterly steps) in a one-year run of 4 steps: the first is bought at
     * step 1 for 0.75 years, the second at step 4 for the quarter the run has left. At the money,
     * sigma 0.5, no rate, 10 X flat at 100: 1,000 (2 Phi(0.5 sqrt 0.75 / 2) - 1) + 1,000 (2 Phi(0.5
     * sqrt 0.25 / 2) - 1) = 1,000 (2 x 0.58570 - 1) + 1,000 (2 x 0.54974 - 1) = 171.40 + 99.48 = 270.88.
     */
    @Test
    void theLastPutIsPricedForTheTimeLeftInTheRun() {
        Structure s = vault(flat(OptionalDouble.empty()), yieldPosition("X", 10, 0), 4, 1,
                new ProtectivePut("puts", "X", 1, 1, 273.75, 0.5, 0, 0));
        HedgeOutcomes o = HedgeAnalysis.run(s, "path", 1, 1, CancellationToken.none());
        double expected = 1000 * (2 * NormalReference.cdf(0.25 * Math.sqrt(0.75)) - 1)
                + 1000 * (2 * NormalReference.cdf(0.25 * Math.sqrt(0.25)) - 1);
        assertEquals(270.88, expected, 0.01);
        assertEquals(expected, o.premium()[0], 1e-9);
    }

    /**
     * Loss events shrink the units every step (about 30 events a month of 0.1 % each); X moves by a
     * different shock each step, so each step's short size is read off the P&L. The units after each
     * step come from the trace (losses / price), and the short, 50 % of them, is reset whenever
     * {@code |n - 0.5 U| > 0.03 U}: recomputed step by step here, its P&L sum must be the run's.
     */
    @Test
    void theShortIsResetToItsRatioExactlyWhenItLeavesTheBand() {
        List<Shock> shocks = new ArrayList<>();
        double[] moves = {0.05, -0.03, 0.08, -0.1, 0.02, 0.04, -0.06, 0.07, -0.02, 0.09, -0.05, 0.03};
        for (int k = 0; k < moves.length; k++) {
            shocks.add(new PriceShock("X", k + 1, moves[k]));
        }
        Structure s = vault(flat(OptionalDouble.empty()),
                new YieldPosition("staked", "X", 1000, 0, new LossEvents(365, 0.0012)), 12, 1,
                new PerpetualShort("short", "X", 0.5, 0.03, 0, 0), shocks.toArray(Shock[]::new));
        PathTrace trace = Simulator.tracePath(s, "path", 7, 0);
        double units = 1000;
        double n = 500;
        double price = 100;
        double pnl = 0;
        int resets = 0;
        int kept = 0;
        for (int k = 0; k < moves.length; k++) {
            double p = trace.prices()[0][k];
            pnl += -n * (p - price);
            units -= trace.losses()[k] / p;
            if (Math.abs(n - 0.5 * units) > 0.03 * units) {
                n = 0.5 * units;
                resets++;
            } else {
                kept++;
            }
            price = p;
        }
        assertTrue(resets >= 2 && kept >= 2, "resets " + resets + ", kept " + kept);
        HedgeOutcomes o = HedgeAnalysis.run(s, "path", 7, 1, CancellationToken.none());
        assertEquals(pnl, o.perpPnl()[0], 1e-9 * 1000 * 100);
    }

    /**
     * Funding rate f + v Z per step on a constant notional N (no price moves, no loss events):
     * the funding over the run is N dt sum(f + v Z_k), normal with mean N f T and variance
     * (N v dt)^2 steps. 4,000 paths of 12 monthly steps, f 10 %, v 60 %, N = 1,000.
     */
    @Test
    void randomFundingHasTheMeanAndVarianceOfItsSteps() {
        Structure s = vault(flat(OptionalDouble.empty()), yieldPosition("X", 10, 0), 12, 1,
                new PerpetualShort("short", "X", 1, 0, 0.1, 0.6));
        int paths = 4000;
        HedgeOutcomes o = HedgeAnalysis.run(s, Scenario.BASE_NAME, 11, paths, CancellationToken.none());
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < paths; i++) {
            double net = o.fundingReceived()[i] - o.fundingPaid()[i];
            sum += net;
            squares += net * net;
        }
        double mean = sum / paths;
        double variance = squares / paths - mean * mean;
        double exactVariance = Math.pow(1000 * 0.6 / 12, 2) * 12; // 300
        assertEquals(100, mean, 4 * Math.sqrt(exactVariance / paths));
        assertEquals(exactVariance, variance, 4 * exactVariance * Math.sqrt(2.0 / paths));
    }

    /**
     * A path's hedge flows do not depend on the paths simulated before it in the same lanes (state
     * is reset): paths 256 and 511 are in the second group of {@link BlockSimulator#LANES}, stepped
     * in the lanes of the first; path 256 alone is the one path of a group of one.
     */
    @Test
    void aPathsHedgeFlowsAreThoseOfThePathAlone() {
        Structure s = vault(new VolatileAsset("X", 100, 0, 0.8, Jumps.NONE, OptionalDouble.empty()),
                yieldPosition("X", 10, 0.05), 12, 1, new PerpetualShort("short", "X", 0.7, 0, 0.05, 0.3))
                .withHedges(List.of(new PerpetualShort("short", "X", 0.7, 0, 0.05, 0.3),
                        new ProtectivePut("puts", "X", 0.5, 0.9, 45, 0.7, 0.05, 0.02)));
        HedgeOutcomes all = HedgeAnalysis.run(s, Scenario.BASE_NAME, 3, 2 * BlockSimulator.LANES + 8,
                CancellationToken.none());
        for (int path : new int[] {BlockSimulator.LANES, 2 * BlockSimulator.LANES - 1}) {
            PathTracer single = new PathTracer(s, Scenario.BASE_NAME, 3);
            PathTrace alone = single.trace(path);
            HedgeOutcomes first = HedgeAnalysis.run(s, Scenario.BASE_NAME, 3, path + 1, CancellationToken.none());
            assertEquals(first.perpPnl()[path], all.perpPnl()[path], 0);
            assertEquals(first.premium()[path], all.premium()[path], 0);
            // against the path traced on its own, through the NAV it ends with
            assertEquals(alone.liquidationProceeds() + alone.finalCash() + alone.finalReserve(),
                    TestStructures.sum(alone.finalPrincipal()) + alone.finalFees()
                            + TestStructures.sum(alone.finalCoupon()), 1e-6);
        }
    }
}

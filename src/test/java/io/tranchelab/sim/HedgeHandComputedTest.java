package io.tranchelab.sim;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tranchelab.model.Hedge;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Structure;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Multi-step paths of the hedging overlay (docs/model.md §5.6), written out by hand.
 * Common set-up: X at 100 with no volatility, moved only by the scenario's shocks; 10 units;
 * one year in 4 quarterly steps (dt = 0.25); senior 70 % and equity 30 %, no coupons, no fee; V0 = 1,000.
 */
class HedgeHandComputedTest {

    private static final double TOLERANCE = 1e-9;

    private static Structure vault(double apr, Hedge hedge, PriceShock... shocks) {
        return TestStructures.builder()
                .horizon(1, 4)
                .asset(flatAsset("X", 100))
                .position(yieldPosition("X", 10, apr))
                .tranche("senior", 0.7, 0)
                .tranche("equity", 0.3, 0)
                .scenario(shockScenario("path", shocks))
                .build()
                .withHedges(List.of(hedge));
    }

    /**
     * A short on half the units (5 X), funding fixed at -20 % a year (shorts pay 5 % of the notional a
     * quarter), yield 10 % a year; X falls to 80 at step 2 and is back at 100 at step 3.
     * <pre>
     * step price income  funding (5 x previous price x -0.05)  due  paid owed  P&L (-5 x move) margin  NAV
     *  1    100    25     -25                                   25   25   0      0              0     1000
     *  2     80    20     -25                                   30   20   5   +100            100     800 + 100 - 5 = 895
     *  3    100    25     -20                                   25   25   0   -100              0     1000
     *  4    100    25     -25                                   25   25   0      0              0     1000
     * </pre>
     * Funding paid 95 = the expense the waterfall paid; no income is left for the equity in any
     * step; the final 1,000 pays senior 700, equity 300 (unhedged the equity would also have had
     * the 95 of income).
     */
    @Test
    void perpetualShortsFundingIsPaidFromIncomeCarriedWhenShortAndItsPnlGoesThroughTheMargin() {
        Structure s = vault(0.10, new PerpetualShort("short", "X", 0.5, 0, -0.2, 0),
                new PriceShock("X", 2, Math.log(0.8)), new PriceShock("X", 3, Math.log(1.25)));
        PathTrace trace = Simulator.tracePath(s, "path", 1, 0);
        assertArrayEquals(new double[] {0, 0, 0, 0}, trace.income(), TOLERANCE, "income left after the hedge expense");
        assertArrayEquals(new double[] {1000, 895, 1000, 1000}, trace.nav(), TOLERANCE);
        assertArrayEquals(new double[] {0, 0, 0, 0}, trace.equity(), TOLERANCE);
        assertArrayEquals(new double[] {700, 300}, trace.finalPrincipal(), TOLERANCE);
        HedgeOutcomes o = HedgeAnalysis.run(s, "path", 1, 1, CancellationToken.none());
        assertEquals(95, o.fundingPaid()[0], TOLERANCE);
        assertEquals(0, o.fundingReceived()[0], TOLERANCE);
        assertEquals(95, o.expensePaid()[0], TOLERANCE);
        assertEquals(0, o.expenseUnpaid()[0], TOLERANCE);
        assertEquals(0, o.perpPnl()[0], TOLERANCE);
        assertEquals(-95, o.hedgePnl(0), TOLERANCE);
        assertEquals(0, o.assetFall()[0], TOLERANCE);
        // the run's waterfall series shows where the 95 went: the expense paid each step (owed 5 at step 2,
        // paid at step 3), and the income left after it, 0 (chart: "Hedge expense" under the fees)
        WaterfallSeries w = Simulator.run(s, new RunSettings(1, 1, 1, "path", 5, 1)).waterfall();
        assertArrayEquals(new double[] {25, 20, 25, 25}, w.hedgeExpense(), TOLERANCE);
        assertArrayEquals(new double[] {0, 0, 0, 0}, w.income(), TOLERANCE);
        assertEquals(null, Simulator.run(s.withHedges(List.of()), new RunSettings(1, 1, 1, "path", 5, 1))
                .waterfall().hedgeExpense(), "no hedges, no series");
    }

    /**
     * Funding received (+20 % a year) is income: 5 x 100 x 0.05 = 25 a quarter on top of the
     * yield's 25; X falls to 50 at step 4 and the short gains 5 x 50 = 250, settled at the
     * horizon: final 10 x 50 + 250 = 750 pays senior 700 and equity 50. Equity received the
     * income: 4 x 50 - (25 - 12.5) = 187.5 (the yield at step 4 is 10 x 50 x 0.025 = 12.5).
     */
    @Test
    void fundingReceivedIsIncomeAndTheShortsGainIsSettledAtTheHorizon() {
        Structure s = vault(0.10, new PerpetualShort("short", "X", 0.5, 0, 0.2, 0),
                new PriceShock("X", 4, Math.log(0.5)));
        PathTrace trace = Simulator.tracePath(s, "path", 1, 0);
        assertArrayEquals(new double[] {50, 50, 50, 37.5}, trace.income(), TOLERANCE);
        assertEquals(187.5, TestStructures.sum(trace.equity()), TOLERANCE);
        assertEquals(500 + 250, trace.liquidationProceeds(), TOLERANCE);
        assertArrayEquals(new double[] {700, 50}, trace.finalPrincipal(), TOLERANCE);
        HedgeOutcomes o = HedgeAnalysis.run(s, "path", 1, 1, CancellationToken.none());
        assertEquals(100, o.fundingReceived()[0], TOLERANCE);
        assertEquals(250, o.perpPnl()[0], TOLERANCE);
        assertEquals(0.5, o.assetFall()[0], TOLERANCE);
    }

    /**
     * Puts on every unit, struck at 90 % of spot, tenor half a year (2 steps), priced at 50 %
     * implied volatility + 10 points, no rate; no income, so premiums are carried to the horizon.
     * X falls to 70 at step 2 and is back at 100 at step 4.
     * <ul>
     * <li>Step 1 buys 10 puts struck at 90 on spot 100 for T = 0.5 at sigma 0.6: d1 = (ln(100/90) +
     *     0.18 x 0.5) / (0.6 sqrt 0.5) = 0.46047, d2 = 0.03620; put = 90 Phi(-0.03620) - 100
     *     Phi(-0.46047) = 90 x 0.48556 - 100 x 0.32259 = 11.441; premium pi1 = 114.41.</li>
     * <li>Step 2 (expiry): payoff 10 x (90 - 70) = 200 into the cash account; NAV 700 + 200 - pi1.</li>
     * <li>Step 3 rolls at spot 70, strike 63: the same put scaled by 0.7, pi2 = 0.7 pi1.</li>
     * <li>Step 4 (expiry): X at 100, payoff 0. Final 1,000 + 200 cash - 1.7 pi1 = 1,005.50:
     *     senior 700, equity 305.50.</li>
     * </ul>
     */
    @Test
    void putProgrammeRollsAtExpiryAndItsPayoffStaysInThePool() {
        Structure s = vault(0, new ProtectivePut("puts", "X", 1, 0.9, 182.5, 0.5, 0.1, 0),
                new PriceShock("X", 2, Math.log(0.7)), new PriceShock("X", 4, Math.log(100 / 70.0)));
        HedgeOutcomes o = HedgeAnalysis.run(s, "path", 1, 1, CancellationToken.none());
        double pi1 = 10 * BlackScholes.put(100, 90, 0.5, 0, 0.6);
        assertEquals(114.41, pi1, 0.01, "hand-computed premium");
        assertEquals(1.7 * pi1, o.premium()[0], TOLERANCE);
        assertEquals(200, o.putPayoff()[0], TOLERANCE);
        PathTrace trace = Simulator.tracePath(s, "path", 1, 0);
        assertArrayEquals(new double[] {0, 200, 0, 0}, trace.principalCash(), TOLERANCE);
        assertArrayEquals(new double[] {1000 - pi1, 900 - pi1, 900 - 1.7 * pi1, 1200 - 1.7 * pi1}, trace.nav(),
                TOLERANCE);
        assertArrayEquals(new double[] {700, 500 - 1.7 * pi1}, trace.finalPrincipal(), TOLERANCE);
        assertEquals(1.7 * pi1, o.expensePaid()[0], TOLERANCE);
    }

    /**
     * A put alive between purchase and expiry is marked at its intrinsic value: tenor a year (4 steps),
     * strike at spot; X at 60 after step 1: NAV 600 + 10 x 40 - pi = 1,000 - pi.
     */
    @Test
    void livePutIsMarkedAtItsIntrinsicValue() {
        Structure s = vault(0, new ProtectivePut("puts", "X", 1, 1, 365, 0.5, 0, 0),
                new PriceShock("X", 1, Math.log(0.6)));
        double pi = 10 * BlackScholes.put(100, 100, 1, 0, 0.5);
        PathTrace trace = Simulator.tracePath(s, "path", 1, 0);
        assertArrayEquals(new double[] {1000 - pi, 1000 - pi, 1000 - pi, 1000 - pi}, trace.nav(), TOLERANCE);
        assertArrayEquals(new double[] {0.7 * 1000, 0.3 * 1000 - pi}, trace.finalPrincipal(), TOLERANCE);
    }
}

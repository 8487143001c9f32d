package io.tranchelab.sim;

import io.tranchelab.model.LoanBook;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reinvestment rules (docs/model.md §7.6) on one hand-computed path.
 *
 * <p>Four quarterly steps. The pool lent 100 against 200 ETH at 1.00 (LTV 0.5, 8 %, LT 0.8,
 * penalty 0.1, close factor 1) and holds 5 units of "bills" on USD at 2.00 paying 8 %: V0 = 110,
 * senior 77 at 4 % (0.77 a quarter), equity 33; no fee, reserve or OC. Scenario "drop": ETH at 0.6
 * from step 1, so the loan's health 0.8 x 200 x 0.6 = 96 < 100 and it is liquidated in step 1:
 * 100 of principal cash, no interest (an unhealthy loan pays none), no bad debt
 * (110 / 0.6 = 183.3 of the 200 units seized). The bills pay 5 x 2.00 x 8 % / 4 = 0.2 a quarter.
 */
class ReinvestmentTest {

    private static final double EPS = 1e-9;
    private static final String DROP = "drop";

    static Structure liquidatedBook(Reinvestment reinvestment) {
        Structure s = TestStructures.builder()
                .horizon(1, 4)
                .asset(flatAsset("ETH", 1.0))
                .asset(flatAsset("USD", 2.0))
                .position(new LoanBook("loan", "ETH", 100, 1, 0.5, 0.5, 0.08, 0.8, 0.1, 1.0, 0, OptionalDouble.empty()))
                .position(yieldPosition("USD", 5, 0.08))
                .tranche("senior", 0.7, 0.04)
                .tranche("equity", 0.3, 0)
                .scenario(shockScenario(DROP, new PriceShock("ETH", 1, Math.log(0.6))))
                .build();
        return s.withWaterfall(s.waterfall().withReinvestment(reinvestment));
    }

    private static PathTrace trace(Reinvestment reinvestment) {
        return Simulator.tracePath(liquidatedBook(reinvestment), DROP, 1, 0);
    }

    private static SimulationResult run(Reinvestment reinvestment) {
        Structure s = liquidatedBook(reinvestment);
        return Simulator.run(s, runSettings(s, DROP, 4, 2));
    }

    /**
     * v1 (cash at 0 %): the 100 sits idle. Income 0.2 a quarter against the senior's 0.77, so
     * 0.57 a quarter is carried: 2.28 at the horizon, paid from the final 10 + 100 before the
     * principal; the equity gets 110 - 77 - 2.28 = 30.72 and loses 2.28 of its 33 (6.909 %).
     */
    @Test
    void idleCashCarriesTheSeniorCouponIntoTheEquitysLoss() {
        PathTrace t = trace(Reinvestment.NONE);
        assertArrayEquals(new double[] {100, 0, 0, 0}, t.principalCash(), EPS);
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.2}, t.income(), EPS);
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.2}, t.coupons()[0], EPS);
        assertEquals(100, t.finalCash(), EPS);
        assertArrayEquals(new double[] {2.28, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {77, 30.72}, t.finalPrincipal(), EPS);
        assertEquals(2.28 / 33, run(Reinvestment.NONE).tranches().get(1).expectedLoss(), EPS);
    }

    /**
     * CASH at 6 %: the 100 earns 100 x 6 % / 4 = 1.5 from step 2 (step 1's balance was 0), so the
     * income is 0.2, 1.7, 1.7, 1.7. Senior: 0.2 (0.57 carried), then 1.34, 0.77, 0.77; equity
     * 0, 0.36, 0.93, 0.93 and the final 110 - 77 = 33: no loss. Senior IRR from 0.2, 1.34, 0.77,
     * 77.77 at 0.25 .. 1: priced back to 77.
     */
    @Test
    void cashEarningItsRateFundsTheCoupons() {
        Reinvestment cash = new Reinvestment(Reinvestment.Rule.CASH, "", 0.06);
        PathTrace t = trace(cash);
        assertArrayEquals(new double[] {0.2, 1.7, 1.7, 1.7}, t.income(), EPS);
        assertArrayEquals(new double[] {0.2, 1.34, 0.77, 0.77}, t.coupons()[0], EPS);
        assertArrayEquals(new double[] {0, 0.36, 0.93, 0.93}, t.equity(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {77, 33}, t.finalPrincipal(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
        SimulationResult r = run(cash);
        assertEquals(0, r.tranches().get(1).expectedLoss(), EPS);
        double irr = r.tranches().get(0).irrMean();
        assertEquals(77, 0.2 / Math.pow(1 + irr, 0.25) + 1.34 / Math.pow(1 + irr, 0.5)
                + 0.77 / Math.pow(1 + irr, 0.75) + 77.77 / (1 + irr), 1e-9);
    }

    /**
     * POSITION into the bills: step 1 buys 100 / 2.00 = 50 units (55 held, worth 110). Income 0.2,
     * then 55 x 2.00 x 8 % / 4 = 2.2. Senior 0.2 (0.57 carried), 1.34, 0.77, 0.77; equity 0, 0.86,
     * 1.43, 1.43; the final sale of 55 units at 2.00 pays 77 and 33. The cash account stays empty.
     */
    @Test
    void principalCashBuysThePositionAtItsPrice() {
        PathTrace t = trace(new Reinvestment(Reinvestment.Rule.POSITION, "yield USD", 0));
        assertArrayEquals(new double[] {0.2, 2.2, 2.2, 2.2}, t.income(), EPS);
        assertArrayEquals(new double[] {0.2, 1.34, 0.77, 0.77}, t.coupons()[0], EPS);
        assertArrayEquals(new double[] {0, 0.86, 1.43, 1.43}, t.equity(), EPS);
        assertEquals(0, t.finalCash(), EPS);
        assertEquals(110, t.liquidationProceeds(), EPS);
        assertArrayEquals(new double[] {77, 33}, t.finalPrincipal(), EPS);
        // NAV after step 1: 55 units at 2.00 and no cash
        assertEquals(110, t.nav()[0], EPS);
        assertArrayEquals(new double[] {100, 0, 0, 0}, t.reinvested(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    /**
     * PAY_OUT: after step 1's waterfall the 100 repays the senior's 77 and 23 of the equity's 33.
     * The senior's step-1 coupon (0.77, 0.2 paid, 0.57 carried) is then paid 0.2, 0.2, 0.17 from
     * the bills' income, the equity taking the last 0.03 and the final 10 (its 10 outstanding: no
     * loss). Senior: 77.2 at 0.25, 0.2, 0.2, 0.17; cash multiple 77.77 / 77 - 1 = 1 % over the
     * year, IRR priced back from those dates (about 4 %: it had its coupon for the quarter it was out).
     */
    @Test
    void payOutRepaysTheSeniorFirstThenTheEquity() {
        Reinvestment payOut = new Reinvestment(Reinvestment.Rule.PAY_OUT, "", 0);
        PathTrace t = trace(payOut);
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.17}, t.coupons()[0], EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0.03}, t.equity(), EPS);
        assertEquals(0, t.finalCash(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.finalCoupon(), EPS);
        assertArrayEquals(new double[] {0, 10}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.loss(), EPS);
        assertArrayEquals(new double[] {77, 0, 0, 0}, t.principalPaidOut()[0], EPS);
        assertArrayEquals(new double[] {23, 0, 0, 0}, t.principalPaidOut()[1], EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
        // 77 + 23 of principal paid in step 1 leaves NAV 10 (the bills): 0.57 the senior's carried coupon, 9.43 the equity
        assertEquals(10, t.nav()[0], EPS);
        assertArrayEquals(new double[] {0.57, 9.43}, new double[] {t.trancheValues()[0][0], t.trancheValues()[1][0]},
                EPS);
        SimulationResult r = run(payOut);
        TrancheMetrics senior = r.tranches().get(0);
        assertEquals(0.01, senior.returnMean(), EPS);
        double irr = senior.irrMean();
        assertEquals(77, 77.2 / Math.pow(1 + irr, 0.25) + 0.2 / Math.pow(1 + irr, 0.5)
                + 0.2 / Math.pow(1 + irr, 0.75) + 0.17 / (1 + irr), 1e-9);
        assertEquals(0.25, senior.weightedAverageLife(), EPS);
        TrancheMetrics equity = r.tranches().get(1);
        assertEquals(0, equity.expectedLoss(), EPS);
        assertEquals((23 + 10.03) / 33 - 1, equity.returnMean(), EPS);
    }

    /** CASH at 0 % said explicitly is v1's rule: not one bit of the result moves. */
    @Test
    void cashAtZeroIsTheDefaultToTheBit() {
        Structure none = liquidatedBook(Reinvestment.NONE);
        Structure explicit = liquidatedBook(new Reinvestment(Reinvestment.Rule.CASH, "", 0));
        assertEquals(GoldenResultsTest.digests(Simulator.run(none, runSettings(none, DROP, 300, 2))),
                GoldenResultsTest.digests(Simulator.run(explicit, runSettings(explicit, DROP, 300, 2))));
    }
}

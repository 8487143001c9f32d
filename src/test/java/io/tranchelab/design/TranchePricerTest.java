package io.tranchelab.design;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.sim.WaterfallSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tranche prices and yields against hand-computed cash flows and the run's own figures (docs/model.md §14.9). */
class TranchePricerTest {

    private static TrancheCashFlows flows(Structure s, String tranche, int paths) {
        return TrancheCashFlows.simulate(s, Scenario.BASE_NAME, s.simulation().seed(), paths, tranche, 2,
                ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * Worked example A (docs/model.md §12) in one yearly step: the senior receives its coupon 3.5 and
     * its principal 70 at t = 1, the mezzanine 2 + 20, the equity 2.1 + 11.4; price = cash e^(-y) / principal.
     */
    @ParameterizedTest(name = "{0} at a yield of {1}")
    @CsvSource({"senior, 0.05, 73.5, 70", "mezzanine, 0.08, 22, 20", "equity, 0.20, 13.5, 10", "senior, 0, 73.5, 70"})
    void oneStepPathIsPricedByItsClosedForm(String tranche, double yield, double cash, double principal) {
        TrancheCashFlows cf = flows(DesignStructures.workedExample(0.10, 1), tranche, 4);
        assertEquals(principal, cf.principal(), 1e-9);
        double exact = cash * Math.exp(-yield) / principal;
        TranchePricer.Distribution price = TranchePricer.priceAt(cf, yield);
        assertEquals(exact, price.mean(), 1e-12);
        assertEquals(exact, price.p5(), 1e-12, "no randomness: every path the same");
        assertEquals(exact, price.p95(), 1e-12);
        // and back: the yield at that price, and the yield at par is ln(cash / principal)
        assertEquals(yield, TranchePricer.yieldAt(cf, exact).mean(), 1e-9);
        assertEquals(Math.log(cash / principal), TranchePricer.yieldAt(cf, 1.0).p50(), 1e-9);
    }

    /**
     * Worked example A in two half-year steps: the senior's coupon is 70 x 5 % x 0.5 = 1.75 at
     * t = 0.5 and again at t = 1 with its principal 70; the mezzanine's 1.0 and 1.0 + 20. Early cash
     * is worth more than the same cash at the horizon.
     */
    @Test
    void twoStepPathDiscountsEachCouponFromItsOwnDate() {
        Structure s = DesignStructures.workedExample(0.10, 2);
        double y = 0.07;
        double senior = (1.75 * Math.exp(-0.5 * y) + 71.75 * Math.exp(-y)) / 70;
        double mezzanine = (1.0 * Math.exp(-0.5 * y) + 21.0 * Math.exp(-y)) / 20;
        assertEquals(senior, TranchePricer.priceAt(flows(s, "senior", 3), y).mean(), 1e-12);
        assertEquals(mezzanine, TranchePricer.priceAt(flows(s, "mezzanine", 3), y).mean(), 1e-12);
    }

    /**
     * A loss-free senior paid 5 % daily, priced at a yield of 5 %: par. Exactly, the coupons
     * c dt e^(-c k dt) sum to c dt e^(-c dt) (1 - e^(-c T)) / (1 - e^(-c dt)), 1 - O(c dt / 2) below
     * what continuous payment would give, so the price is par to within 4e-6 at daily steps.
     */
    @Test
    void lossFreeTrancheAtItsOwnCouponIsPricedAtPar() {
        TrancheCashFlows cf = flows(DesignStructures.workedExample(0.10, 365), "senior", 4);
        double c = 0.05;
        double dt = 1.0 / 365;
        double exact = c * dt * Math.exp(-c * dt) * (1 - Math.exp(-c)) / (1 - Math.exp(-c * dt)) + Math.exp(-c);
        double price = TranchePricer.priceAt(cf, c).mean();
        assertEquals(exact, price, 1e-12);
        assertEquals(1.0, price, 4e-6);
    }

    @Test
    void priceFallsAsTheYieldRisesAndYieldInvertsPrice() throws Exception {
        Structure s = StructureJson.read(Path.of("samples/eth-lending-book.json"));
        for (String tranche : new String[] {"Senior", "Mezzanine", "Equity"}) {
            TrancheCashFlows cf = flows(s, tranche, 150);
            double previous = Double.POSITIVE_INFINITY;
            for (double y = -0.2; y <= 0.6; y += 0.1) {
                TranchePricer.Distribution price = TranchePricer.priceAt(cf, y);
                assertTrue(price.mean() < previous, tranche + " at " + y);
                assertTrue(price.p5() <= price.p50() && price.p50() <= price.p95(), tranche);
                previous = price.mean();
                assertEquals(y, TranchePricer.yieldAt(cf, price.mean()).mean(), 1e-8, tranche + " yield(price(y))");
            }
        }
    }

    /**
     * The mean price from the traced paths against the run's own mean waterfall series
     * (docs/model.md §8.10, aggregated by the run, not traced): by linearity the mean discounted
     * cash is the discounted mean cash.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 1, 2})
    void meanPriceMatchesTheRunsMeanWaterfall(int t) throws Exception {
        Structure s = StructureJson.read(Path.of("samples/eth-lending-book.json"));
        int paths = 300;
        SimulationResult run = Simulator.run(s, RunSettings.of(s).withPaths(paths).withThreads(2));
        WaterfallSeries w = run.waterfall();
        String name = s.tranches().get(t).name();
        double y = 0.09;
        double value = 0;
        for (int k = 0; k < w.times().length; k++) {
            double cash = w.coupons()[t][k] + (t == 0 ? w.turbo()[k] : 0) + (t == 2 ? w.equity()[k] : 0);
            value += cash * Math.exp(-y * w.times()[k]);
        }
        value += (w.finalCoupon()[t] + w.finalPrincipal()[t]) * Math.exp(-y * run.horizonYears());
        double principal = run.tranches().get(t).initialPrincipal();
        assertEquals(value / principal, TranchePricer.priceAt(flows(s, name, paths), y).mean(), 1e-9);
    }

    /**
     * In the Merton firm all cash comes at the horizon, so a path's continuous yield at par is
     * ln(cash / principal) / T, and e^y - 1 is the path's annualized return (docs/model.md §8.5):
     * the percentiles of the two match through that monotone map.
     */
    @Test
    void yieldAtParOfHorizonCashIsTheAnnualizedReturn() {
        Structure firm = DesignStructures.mertonFirm(0.8, 0.05, 0.7, 2, 4, 2000, 1974);
        TrancheMetrics senior = Simulator.run(firm, RunSettings.of(firm).withThreads(2)).tranches().get(0);
        TranchePricer.Distribution yields = TranchePricer.yieldAt(flows(firm, "senior", 2000), 1.0);
        assertEquals(senior.return5(), Math.expm1(yields.p5()), 1e-9);
        assertEquals(senior.return50(), Math.expm1(yields.p50()), 1e-9);
        assertEquals(senior.return95(), Math.expm1(yields.p95()), 1e-9);
    }
    /** Paths are traced by chunks fixed by path index: the flows do not depend on the thread count. */
    @Test
    void cashFlowsAreTheSameForAnyThreadCount() {
        Structure s = Samples.coarse(Samples.lending(), 52);
        TrancheCashFlows one = TrancheCashFlows.simulate(s, Scenario.BASE_NAME, 5, 200, "Mezzanine", 1,
                ProgressListener.NONE, CancellationToken.none());
        TrancheCashFlows three = TrancheCashFlows.simulate(s, Scenario.BASE_NAME, 5, 200, "Mezzanine", 3,
                ProgressListener.NONE, CancellationToken.none());
        assertTrue(java.util.Arrays.deepEquals(one.flows(), three.flows()));
        assertTrue(java.util.Arrays.equals(one.times(), three.times()));
    }

    @Test
    void cancelledPricingStops() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        Structure s = DesignStructures.workedExample(0.10, 12);
        org.junit.jupiter.api.Assertions.assertThrows(io.tranchelab.sim.SimulationCancelledException.class,
                () -> TrancheCashFlows.simulate(s, Scenario.BASE_NAME, 1, 100, "senior", 2, ProgressListener.NONE,
                        cancel));
    }
}

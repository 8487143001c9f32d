package io.tranchelab.design;

import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every question's answer checked by direct runs (docs/model.md §14.8, "Checks"): the
 * structure with the answer applied meets the target, and a tolerance beyond it does not; closed
 * forms where the set-up has one; targets out of reach reported as such.
 */
class SolverChecksTest {

    private static SolveAnswer solve(SolveQuestion q, Structure s, int paths, int seeds) {
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            seedList.add(s.simulation().seed() + i);
        }
        return TargetSolver.solve(q, new DesignRun(Scenario.BASE_NAME, seedList, paths), 2, ProgressListener.NONE,
                CancellationToken.none());
    }

    /** A direct run of the structure, not through the solver's trial or the sweep engine. */
    private static SimulationResult run(Structure s, String scenario, int paths) {
        return Simulator.run(s, RunSettings.of(s).withPaths(paths).withThreads(2).withScenario(scenario));
    }

    private static void assertHoldsAtTheAnswerAndFailsBeyond(SolveAnswer a, MetricSpec metric, Structure base,
                                                             int paths) {
        assertEquals(SolveOutcome.FOUND, a.outcome(), a.question().question());
        SolvedParameter p = a.question().parameter();
        assertTrue(Math.abs(a.beyond() - a.answer()) <= p.tolerance(), "beyond within the tolerance");
        double atAnswer = metric.of(run(StructureOverrides.apply(base, a.overrides()), Scenario.BASE_NAME, paths));
        double beyond = metric.of(run(StructureOverrides.apply(base, p.overridesAt(a.beyond())), Scenario.BASE_NAME,
                paths));
        Comparison c = a.question().comparison();
        assertTrue(c.holds(atAnswer, a.question().target()), "holds at " + a.answer() + ": " + atAnswer);
        assertFalse(c.holds(beyond, a.question().target()), "fails at " + a.beyond() + ": " + beyond);
        assertEquals(a.metricAtAnswer(), atAnswer, 0, "the solver's own figure is the direct run's");
    }

    @Test
    void seniorShareHoldsAtTheAnswerAndFailsAStepBeyond() {
        Structure firm = DesignStructures.mertonFirm(0.8, 0.05, 0.7, 1, 4, 4000, 1974);
        SolveAnswer a = solve(SolveQuestions.seniorShare(firm, Scenario.BASE_NAME, 0.02), firm, 4000, 2);
        assertTrue(a.holdsBelow(), "more senior share, more senior EL");
        assertEquals(List.of(new ParameterOverride("/tranches/0/share", a.answer())), a.overrides());
        assertHoldsAtTheAnswerAndFailsBeyond(a, MetricSpec.tranche("senior", Measure.EL), firm, 4000);
    }

    /**
     * A rating target is its grade's allowance over the horizon (docs/model.md §8.8); the answer
     * rates that grade and the share a step beyond it rates worse.
     */
    @Test
    void seniorShareForARatingEarnsTheRating() {
        Structure firm = DesignStructures.mertonFirm(0.8, 0.05, 0.7, 1, 4, 4000, 1974);
        SolveAnswer a = solve(SolveQuestions.seniorShareForRating(firm, Scenario.BASE_NAME, "BB"), firm, 4000, 1);
        assertEquals(0.0056, a.question().target(), 1e-12, "BB's one-year allowance");
        Structure atAnswer = StructureOverrides.apply(firm, a.overrides());
        assertEquals("BB", run(atAnswer, Scenario.BASE_NAME, 4000).tranches().get(0).impliedRating());
        Structure beyond = StructureOverrides.apply(firm, a.question().parameter().overridesAt(a.beyond()));
        assertEquals("B", run(beyond, Scenario.BASE_NAME, 4000).tranches().get(0).impliedRating());
    }

    /**
     * With no volatility a crash of d leaves the 100 units worth 100 (1 - d): the senior of face 70
     * first loses past d = 30 % (closed form), the mezzanine of the next 20 past 10 %; checked by a
     * run of a scenario built here with the PRICE shock of ln(1 - d).
     */
    @Test
    void breakEvenCrashOfAFlatFirmIsWhereThePoolFallsBelowTheTranche() {
        Structure firm = DesignStructures.structure(1, 12, 8, 7,
                new io.tranchelab.model.VolatileAsset("ETH", 1.0, 0, 0, io.tranchelab.model.Jumps.NONE,
                        OptionalDouble.empty()),
                new io.tranchelab.model.YieldPosition("yield ETH", "ETH", 100, 0, io.tranchelab.model.LossEvents.NONE),
                List.of(new io.tranchelab.model.Tranche("senior", 0.7, 0), new io.tranchelab.model.Tranche("mezzanine",
                        0.2, 0), new io.tranchelab.model.Tranche("equity", 0.1, 0)),
                io.tranchelab.model.WaterfallTerms.NONE);
        double[][] cases = {{0, 0.30}, {1, 0.10}};
        for (double[] c : cases) {
            String tranche = firm.tranches().get((int) c[0]).name();
            SolveQuestion q = SolveQuestions.breakEvenCrash(firm, Scenario.BASE, "ETH", 100, tranche, 0);
            assertEquals(4, SolveQuestions.stepOfDay(firm, 100), "day 100 is in the fourth monthly step");
            SolveAnswer a = solve(q, firm, 8, 1);
            assertEquals(List.of(), a.overrides(), "a stress is not an edit of the structure");
            assertTrue(a.holdsBelow());
            assertTrue(a.answer() <= c[1] + 1e-12 && a.answer() >= c[1] - q.parameter().tolerance(),
                    tranche + " answer " + a.answer());
            for (double drop : new double[] {a.answer(), a.beyond()}) {
                Scenario crash = new Scenario("crash", "", 1, Map.of(), OptionalDouble.empty(), 1, 1,
                        List.of(new PriceShock("ETH", 4, Math.log(1 - drop))));
                double el = run(firm.withScenarios(List.of(crash)), "crash", 8).tranches().get((int) c[0])
                        .expectedLoss();
                assertEquals(drop == a.answer(), el == 0, tranche + " EL " + el + " at a crash of " + drop);
            }
        }
    }

    /**
     * Keepers' capacity on the lending sample (weekly steps, few paths). P(bad debt) is not monotone
     * in the capacity here (400 paths: 41.5 % at 5,000 USD a step, 59 % at 1 M, 50 % from 5 M up: with
     * almost no keepers the underwater loans wait for the horizon and some recover, while partial
     * liquidations at the 5 % penalty leave small bad debts), so the check is the one that holds for
     * any shape: the answer meets the target and a tolerance beyond it does not.
     */
    @Test
    void liquidationCapacityHoldsAtTheAnswerAndFailsAStepBeyond() {
        Structure s = Samples.coarse(Samples.lending(), 52);
        int paths = 400;
        SolveQuestion probe = SolveQuestions.liquidationCapacity(s, Scenario.BASE_NAME, 0, 0);
        double target = midway(probe, s, paths);
        SolveAnswer a = solve(SolveQuestions.liquidationCapacity(s, Scenario.BASE_NAME, 0, target), s, paths, 1);
        assertHoldsAtTheAnswerAndFailsBeyond(a, MetricSpec.pool(Measure.P_BAD_DEBT), s, paths);
    }

    @Test
    void liquidationThresholdHoldsAtTheAnswerAndFailsAStepBeyond() {
        Structure s = Samples.coarse(Samples.lending(), 52);
        int paths = 400;
        SolveQuestion probe = SolveQuestions.liquidationThreshold(s, Scenario.BASE_NAME, 0, 0);
        double target = midway(probe, s, paths);
        SolveAnswer a = solve(SolveQuestions.liquidationThreshold(s, Scenario.BASE_NAME, 0, target), s, paths, 1);
        assertTrue(a.holdsBelow(), "a higher threshold liquidates later: the answer is the greatest that holds");
        assertHoldsAtTheAnswerAndFailsBeyond(a, MetricSpec.pool(Measure.P_BAD_DEBT), s, paths);
    }

    @Test
    void maximumLtvHoldsAtTheAnswerAndFailsAStepBeyond() {
        Structure s = Samples.coarse(Samples.lending(), 52);
        int paths = 400;
        SolveQuestion probe = SolveQuestions.maximumLtv(s, Scenario.BASE_NAME, 0, 0);
        double target = midway(probe, s, paths);
        SolveAnswer a = solve(SolveQuestions.maximumLtv(s, Scenario.BASE_NAME, 0, target), s, paths, 1);
        assertHoldsAtTheAnswerAndFailsBeyond(a, MetricSpec.pool(Measure.P_BAD_DEBT), s, paths);
    }

    /**
     * Worked example A (docs/model.md §12) pays the mezzanine its coupon c in full while
     * 20 c <= 5.5 and returns its principal: its return is c, so the fair coupon for a hurdle is the hurdle.
     */
    @Test
    void fairCouponOfALossFreeTrancheIsItsHurdle() {
        Structure s = DesignStructures.workedExample(0.10, 1);
        SolveAnswer a = solve(SolveQuestions.fairCoupon(s, Scenario.BASE_NAME, "mezzanine", 0.08), s, 4, 1);
        assertFalse(a.holdsBelow(), "the least coupon that meets the hurdle");
        assertTrue(a.answer() >= 0.08 - 1e-12 && a.answer() <= 0.08 + a.question().parameter().tolerance(),
                "answer " + a.answer());
        assertHoldsAtTheAnswerAndFailsBeyond(a, MetricSpec.tranche("mezzanine", Measure.IRR_MEAN), s, 4);
    }

    /**
     * The hurdle is a mean IRR (docs/model.md §8.5), which counts when the coupons come. Example A
     * in quarterly steps pays the loss-free mezzanine c / 4 a quarter and its principal at the
     * end: IRR = (1 + c / 4)^4 - 1 (TrancheIrrTest.quarterlyExampleAEarnsTheCouponsCompounded), so
     * an 8 % hurdle needs c = 4 (1.08^(1/4) - 1) = 7.7706 %, not the 8 % a cash multiple would ask.
     */
    @Test
    void fairCouponMeetsAnIrrHurdleSoQuarterlyCouponsNeedLess() {
        Structure s = DesignStructures.workedExample(0.10, 4);
        SolveAnswer a = solve(SolveQuestions.fairCoupon(s, Scenario.BASE_NAME, "mezzanine", 0.08), s, 4, 1);
        double expected = 4 * (Math.pow(1.08, 0.25) - 1);
        assertEquals(0.077706, expected, 1e-6);
        assertTrue(a.answer() >= expected - 1e-12 && a.answer() <= expected + a.question().parameter().tolerance(),
                "answer " + a.answer());
        assertHoldsAtTheAnswerAndFailsBeyond(a, MetricSpec.tranche("mezzanine", Measure.IRR_MEAN), s, 4);
    }

    @Test
    void unreachableTargetsAreReportedNotThrown() {
        Structure firm = DesignStructures.mertonFirm(0.8, 0.05, 0.7, 1, 4, 2000, 1974);
        SolveAnswer everywhere = solve(SolveQuestions.seniorShare(firm, Scenario.BASE_NAME, 0.9), firm, 2000, 2);
        assertEquals(SolveOutcome.HOLDS_OVER_WHOLE_RANGE, everywhere.outcome());
        assertEquals(List.of(), everywhere.overrides());
        assertTrue(Double.isNaN(everywhere.answer()));
        assertTrue(everywhere.metricAtHigh() <= 0.9);

        Structure example = DesignStructures.workedExample(0.10, 1);
        SolveAnswer never = solve(SolveQuestions.fairCoupon(example, Scenario.BASE_NAME, "mezzanine", 1.0), example,
                4, 1);
        assertEquals(SolveOutcome.NEVER_HOLDS, never.outcome());
        assertEquals(2, never.crossings().get(0).evaluations(), "two runs: the ends of the range");
        assertTrue(never.metricAtHigh() < 1.0, "even a 100 % coupon returns less than 100 %");
    }

    /** A target halfway between the metric at the range's ends (each a direct run), so the range holds a crossing. */
    private static double midway(SolveQuestion q, Structure s, int paths) {
        SolvedParameter p = q.parameter();
        double low = q.metric().applyAsDouble(run(StructureOverrides.apply(s, p.overridesAt(p.low())),
                Scenario.BASE_NAME, paths));
        double high = q.metric().applyAsDouble(run(StructureOverrides.apply(s, p.overridesAt(p.high())),
                Scenario.BASE_NAME, paths));
        assertTrue(Math.abs(high - low) > 0.02, "the range must move P(bad debt): " + low + " to " + high);
        return 0.5 * (low + high);
    }
}

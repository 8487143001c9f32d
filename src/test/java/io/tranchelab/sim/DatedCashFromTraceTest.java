package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each path's IRR as a run dates its cash ({@link PathStatistics}), against the IRR of the same
 * path's cash rebuilt from its trace ({@link Simulator#tracePath}, which records every step's cash
 * apart from the run's statistics): each tranche's coupon, the principal paid to it, the equity's
 * distributions, and the final distribution at the last date. The lending book over eight years has
 * 2,920 steps and three tranches, 8,760 dated flows a path, more than
 * {@link PathStatistics#MAX_DATED_FLOWS}: so two steps share each date, and the run both writes a
 * date (its first step) and adds to it (its second), for every tranche and path of a block. Under
 * {@code PAY_OUT} the loans' repaid principal is paid to the tranches in the steps (docs/model.md
 * §7.10), so the principal paid is in the dated cash too, not only the coupons.
 */
class DatedCashFromTraceTest {

    private static final int PATHS = 6;
    private static final long SEED = 11;

    @ParameterizedTest
    @EnumSource(value = Reinvestment.Rule.class, names = {"CASH", "PAY_OUT"})
    void everyPathsDatedCashIsItsTracedCashGroupedByDate(Reinvestment.Rule rule) throws Exception {
        Structure lending = GoldenResultsTest.sample("eth-lending-book");
        Structure structure = lending.withSimulation(lending.simulation().withHorizonYears(8))
                .withWaterfall(lending.waterfall().withReinvestment(new Reinvestment(rule, "", 0)));
        int steps = 8 * structure.simulation().stepsPerYear();
        int tranches = structure.tranches().size();
        int stepsPerDate = PathStatistics.stepsPerDate(steps, tranches);
        assertEquals(2, stepsPerDate, "two steps a date");
        RunSettings settings = RunSettings.of(structure).withPaths(PATHS).withSeed(SEED).withThreads(1);
        PartialRun run = SplitRun.simulate(structure, settings, 0, SplitRun.blocks(settings));

        int dates = (steps + stepsPerDate - 1) / stepsPerDate;
        double dt = 1.0 / structure.simulation().stepsPerYear();
        double firstDate = (steps - (dates - 1) * stepsPerDate) * dt;
        int equity = tranches - 1;
        double[] principal = new SimulationPlan(structure, Scenario.BASE).tranchePrincipal;
        int differentRates = 0;
        double paidInSteps = 0;
        for (int p = 0; p < PATHS; p++) {
            PathTrace trace = Simulator.tracePath(structure, Scenario.BASE_NAME, SEED, p);
            for (int t = 0; t < tranches; t++) {
                double[] byDate = new double[dates];
                for (int s = 0; s < steps; s++) {
                    int date = dates - 1 - (steps - (s + 1)) / stepsPerDate; // each group dated at its last step
                    double paid = trace.principalPaidOut()[t][s] + (t == 0 ? trace.turbo()[s] : 0);
                    paidInSteps += paid;
                    byDate[date] += trace.coupons()[t][s] + paid + (t == equity ? trace.equity()[s] : 0);
                }
                byDate[dates - 1] += trace.finalCoupon()[t] + trace.finalPrincipal()[t];
                double traced = Irr.annual(principal[t], byDate, 0, dates, firstDate,
                        stepsPerDate * dt);
                assertEquals(traced, run.irr[t][p], 1e-9 * Math.max(1, Math.abs(traced)),
                        "path " + p + ", tranche " + t);
                if (p > 0 && run.irr[t][p] != run.irr[t][0]) {
                    differentRates++;
                }
            }
        }
        assertTrue(differentRates > 0, "the paths differ, so a path's cash in another's place is seen");
        if (rule == Reinvestment.Rule.PAY_OUT) {
            assertTrue(paidInSteps > 0, "principal paid in the steps");
        }
    }
}

package io.tranchelab.design;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationCancelledException;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepEngineTest {

    private static final String CRASH = "Black Thursday (12 March 2020)";

    private final Structure lending = Samples.coarse(Samples.lending(), 52);
    private final List<MetricSpec> metrics = List.of(MetricSpec.parse("tranche:Senior:el"),
            MetricSpec.parse("tranche:Mezzanine:pLoss"), MetricSpec.parse("pool:pBadDebt"),
            MetricSpec.parse("tranche:Equity:return50"));

    @Test
    void aCellIsTheDirectRunOfTheStructureBuiltByHand() {
        Variant variant = Variant.of("riskier", new ParameterOverride("/assets/0/volatility", 0.9),
                new ParameterOverride("/tranches/0/share", 0.7));
        SweepTable table = SweepEngine.run(new SweepRequest(lending, List.of(Variant.base(), variant),
                List.of(CRASH), List.of(11L), 300, metrics), 2, ProgressListener.NONE, CancellationToken.none());
        Structure byHand = lending
                .withAssets(List.of(((VolatileAsset) lending.assets().get(0)).withVolatility(0.9)))
                .withTranches(List.of(new Tranche("Senior", 0.7, 0.04), new Tranche("Mezzanine", 0.15, 0.07),
                        new Tranche("Equity", 0.15, 0.0)));
        SimulationResult direct = Simulator.run(byHand, RunSettings.of(byHand).withPaths(300).withSeed(11)
                .withScenario(CRASH).withThreads(1));
        for (int m = 0; m < metrics.size(); m++) {
            assertEquals(Double.doubleToLongBits(metrics.get(m).of(direct)),
                    Double.doubleToLongBits(table.row(1, 0, 0).value(m)), metrics.get(m).toString());
        }
        assertEquals("riskier", table.row(1, 0, 0).variant());
    }

    @Test
    void theTableIsTheSameForOneAndFourThreads() {
        SweepRequest request = new SweepRequest(lending, List.of(Variant.base(),
                Variant.of("calm", new ParameterOverride("/assets/0/volatility", 0.3)),
                Variant.of("thin", new ParameterOverride("/positions/0/liquidationCapacity", 1e6))),
                List.of(Scenario.BASE_NAME, CRASH), List.of(1L, 2L), 150, metrics);
        SweepTable one = SweepEngine.run(request, 1, ProgressListener.NONE, CancellationToken.none());
        SweepTable four = SweepEngine.run(request, 4, ProgressListener.NONE, CancellationToken.none());
        assertEquals(one, four);
        assertEquals(12, one.rows().size());
        assertEquals(new SweepCell(2, CRASH, 1L), one.row(2, 1, 0).cell()); // variant, scenario, seed order
    }

    @Test
    void everyVariantRunsOnTheSameSeeds() {
        // the same structure under two labels: common random numbers give the same figures exactly
        SweepRequest request = new SweepRequest(lending, List.of(Variant.base(),
                Variant.of("same", new ParameterOverride("/assets/0/volatility", 0.6))),
                List.of(CRASH), List.of(5L, 6L), 200, metrics);
        SweepTable table = SweepEngine.run(request, 2, ProgressListener.NONE, CancellationToken.none());
        assertEquals(table.row(0, 0, 0).values(), table.row(1, 0, 0).values());
        assertEquals(table.row(0, 0, 1).values(), table.row(1, 0, 1).values());
        assertNotEquals(table.row(0, 0, 0).values(), table.row(0, 0, 1).values()); // seeds do differ
        assertEquals((table.row(0, 0, 0).value(0) + table.row(0, 0, 1).value(0)) / 2, table.mean(0, 0, 0));
    }

    @Test
    void progressRisesToOneOverAllCells() {
        List<Double> reports = Collections.synchronizedList(new ArrayList<>());
        SweepEngine.run(new SweepRequest(lending, List.of(Variant.base(), Variant.base()), List.of(CRASH),
                List.of(1L, 2L, 3L), 100, metrics), 2, reports::add, CancellationToken.none());
        assertEquals(1.0, reports.get(reports.size() - 1));
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) > reports.get(i - 1), reports.toString());
        }
    }

    @Test
    void cancelStopsTheSweep() throws InterruptedException {
        CancellationToken cancel = new CancellationToken();
        List<Double> reports = Collections.synchronizedList(new ArrayList<>());
        ProgressListener cancelEarly = f -> {
            reports.add(f);
            cancel.cancel();
        };
        List<Variant> many = Collections.nCopies(40, Variant.base());
        assertThrows(SimulationCancelledException.class, () -> SweepEngine.run(new SweepRequest(lending, many,
                List.of(CRASH), List.of(1L), 2_000, metrics), 2, cancelEarly, cancel));
        assertTrue(reports.get(reports.size() - 1) < 0.5, reports.toString());
        assertEquals(List.of(), sweepThreadsAliveAfterGracePeriod());
    }

    /**
     * Sweep threads still alive once each has had up to 2 s to end. The pool has terminated when
     * the sweep returns (its workers' tasks are over), but a worker's thread ends a moment after
     * its last task (as Simulator's workers, CancellationSoakTest): looking at once failed in CI.
     */
    private static List<String> sweepThreadsAliveAfterGracePeriod() throws InterruptedException {
        List<String> alive = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(SweepEngine.THREAD_PREFIX)) {
                thread.join(2_000);
                if (thread.isAlive()) {
                    alive.add(thread.getName());
                }
            }
        }
        return alive;
    }

    @Test
    void aBadPointerIsRefusedBeforeAnyRunNamingThePointer() {
        List<Double> reports = new ArrayList<>();
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class, () -> SweepEngine.run(
                new SweepRequest(lending, List.of(Variant.base(), Variant.of("bad",
                        new ParameterOverride("/positions/0/liquidationCapacty", 1e6))), List.of(CRASH), List.of(1L),
                        100, metrics), 2, reports::add, CancellationToken.none()));
        assertTrue(e.getMessage().startsWith("/positions/0/liquidationCapacty"), e.getMessage());
        assertTrue(reports.isEmpty());
    }

    @Test
    void anUnknownScenarioOrTrancheIsRefusedBeforeAnyRun() {
        IllegalArgumentException scenario = assertThrows(IllegalArgumentException.class, () -> SweepEngine.run(
                new SweepRequest(lending, List.of(Variant.base()), List.of("nope"), List.of(1L), 100, metrics), 1,
                ProgressListener.NONE, CancellationToken.none()));
        assertTrue(scenario.getMessage().contains("'nope'"), scenario.getMessage());
        IllegalArgumentException tranche = assertThrows(IllegalArgumentException.class, () -> SweepEngine.run(
                new SweepRequest(lending, List.of(Variant.base()), List.of(CRASH), List.of(1L), 100,
                        List.of(MetricSpec.parse("tranche:Junior:el"))), 1, ProgressListener.NONE,
                CancellationToken.none()));
        assertTrue(tranche.getMessage().contains("Junior"), tranche.getMessage());
    }

    @Test
    void theUnitOfWorkGivesTheSweepsRow() {
        Variant variant = Variant.of("thin", new ParameterOverride("/positions/0/liquidationCapacity", 1e6));
        SweepTable table = SweepEngine.run(new SweepRequest(lending, List.of(variant), List.of(CRASH), List.of(3L),
                200, metrics), 1, ProgressListener.NONE, CancellationToken.none());
        SweepRow row = SweepEngine.evaluate(lending, variant, new SweepCell(0, CRASH, 3L), 200, metrics, 3,
                CancellationToken.none());
        assertEquals(table.rows().get(0), row);
    }
}

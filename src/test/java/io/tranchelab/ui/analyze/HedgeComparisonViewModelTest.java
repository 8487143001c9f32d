package io.tranchelab.ui.analyze;

import io.tranchelab.model.Structure;
import io.tranchelab.report.HedgeCsv;
import io.tranchelab.report.HedgedSample;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.ManualTaskExecutor;
import io.tranchelab.ui.run.SimulationEngine;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hedge comparison's view model on the real core, without a toolkit: what it runs, shows, marks stale, exports. */
class HedgeComparisonViewModelTest {

    private final Structure hedged = HedgedSample.quick();
    private final SimpleObjectProperty<Structure> structure = new SimpleObjectProperty<>(hedged);
    private final SimpleStringProperty scenario = new SimpleStringProperty("base");
    private final List<RunSettings> asked = new ArrayList<>();
    private final List<Structure> askedFor = new ArrayList<>();
    /** The core, recording what it was asked. */
    private final HedgeTool core = (s, settings, progress, cancel) -> {
        askedFor.add(s);
        asked.add(settings);
        return HedgeTool.on(SimulationEngine.CORE).compare(s, settings, progress, cancel);
    };

    private HedgeComparisonViewModel direct() {
        return new HedgeComparisonViewModel(structure, scenario, new BackgroundTask<>(new DirectTaskExecutor()), core);
    }

    @Test
    void aRunComparesTheCurrentStructureUnderTheWorkbenchsScenarioOnItsSeedWithThePathsTyped() {
        HedgeComparisonViewModel vm = direct();
        assertEquals("256", vm.pathsProperty().get(), "the structure's own paths by default");
        scenario.set("ETH halves in a day (March 2020 size)");
        vm.pathsProperty().set("1,000");
        vm.run();
        assertEquals(1, asked.size());
        assertEquals(1_000, asked.get(0).paths());
        assertEquals(7L, asked.get(0).seed());
        assertEquals("ETH halves in a day (March 2020 size)", asked.get(0).scenario());
        HedgeComparison shown = vm.comparisonProperty().get();
        assertEquals("ETH halves in a day (March 2020 size)", shown.hedged().scenario());
        assertEquals(1_000, shown.outcomes().paths());
        assertEquals("Computed for Hedged staked-ETH vault \u00b7 scenario ETH halves in a day (March 2020 size)"
                + " \u00b7 1,000 paths \u00b7 seed 7 (the same paths with and without the hedge).",
                vm.computedFromProperty().get());
        assertEquals(3, vm.figures().tranches().size());
        assertFalse(vm.staleProperty().get());
    }

    @Test
    void onTheSampleTheHedgeCutsEveryTranchesLossAndPaysPremiums() {
        HedgeComparisonViewModel vm = direct();
        vm.run();
        var senior = vm.figures().tranches().get(0);
        var equity = vm.figures().tranches().get(2);
        assertTrue(senior.expectedLossHedged() < senior.expectedLossBare(), senior.toString());
        assertTrue(equity.expectedLossHedged() < equity.expectedLossBare(), "the puts pay in the crashes");
        assertTrue(vm.figures().cost(io.tranchelab.report.HedgeFigures.Cost.PREMIUMS).usd() > 0);
    }

    @Test
    void anEditOrAnotherScenarioMakesItStaleAndUndoingMakesItFreshAgain() {
        HedgeComparisonViewModel vm = direct();
        vm.run();
        structure.set(hedged.withInitialCash(1_000));
        assertTrue(vm.staleProperty().get());
        structure.set(hedged);
        assertFalse(vm.staleProperty().get());
        scenario.set("ETH halves in a day (March 2020 size)");
        assertTrue(vm.staleProperty().get(), "computed under base");
    }

    @Test
    void anEditDuringTheRunStopsItAndSaysSo() {
        HedgeComparisonViewModel vm = new HedgeComparisonViewModel(structure, scenario,
                new BackgroundTask<>(new ManualTaskExecutor()), core); // the work never runs
        vm.run();
        assertTrue(vm.progress().isRunning());
        structure.set(hedged.withInitialCash(1_000));
        assertFalse(vm.progress().isRunning());
        assertEquals("Stopped: the structure or scenario changed during the run. Run again for the new one.",
                vm.messageProperty().get());
        assertNull(vm.comparisonProperty().get(), "the stopped run shows nothing");
    }

    @Test
    void anExpenseLeftUnpaidIsNamedAndAFailureIsSaidInOneLine() {
        HedgeComparison real = HedgeTool.on(SimulationEngine.CORE).compare(hedged, RunSettings.of(hedged),
                f -> { }, io.tranchelab.sim.CancellationToken.none());
        io.tranchelab.sim.HedgeOutcomes o = real.outcomes();
        double[] unpaid = new double[o.paths()];
        unpaid[0] = 1_024 * o.paths(); // a mean of $1,024 a path
        HedgeComparison owing = new HedgeComparison(real.hedged(), real.unhedged(), new io.tranchelab.sim.HedgeOutcomes(
                o.asset(), o.initialValue(), o.premium(), o.putPayoff(), o.perpPnl(), o.fundingReceived(),
                o.fundingPaid(), o.expensePaid(), unpaid, o.assetFall()));
        HedgeComparisonViewModel vm = new HedgeComparisonViewModel(structure, scenario,
                new BackgroundTask<>(new DirectTaskExecutor()), (s, settings, p, c) -> owing);
        vm.run();
        assertEquals("On some paths the pool could not pay the hedge's expense by the horizon: $1,024 a path on"
                + " average is still owed (in the cost, not in the tranches' losses).", vm.messageProperty().get());
        HedgeComparisonViewModel failing = new HedgeComparisonViewModel(structure, scenario,
                new BackgroundTask<>(new DirectTaskExecutor()), (s, settings, p, c) -> {
                    throw new IllegalStateException("out of memory for 1,000,000 paths");
                });
        failing.run();
        assertEquals("The hedge comparison failed: out of memory for 1,000,000 paths", failing.messageProperty().get());
    }

    @Test
    void cancelStopsTheRunAndSaysWhatIsShown() {
        HedgeComparisonViewModel vm = new HedgeComparisonViewModel(structure, scenario,
                new BackgroundTask<>(new ManualTaskExecutor()), core);
        vm.run();
        vm.cancel();
        assertFalse(vm.progress().isRunning());
        assertEquals("Cancelled; the tables show the previous run, if any.", vm.messageProperty().get());
    }

    @Test
    void aCleanRunClearsTheMessageOfTheLastAndAStaleExportSaysSo(@TempDir Path dir) {
        HedgeComparisonViewModel vm = direct();
        vm.pathsProperty().set("ten");
        vm.run();
        vm.pathsProperty().set("256");
        vm.run();
        assertEquals("", vm.messageProperty().get());
        structure.set(hedged.withInitialCash(1_000));
        Path out = dir.resolve("t.csv");
        assertTrue(vm.exportTranches(out));
        assertEquals("The tranche table was written to " + out + " (stale: about the previous structure or"
                + " scenario).", vm.messageProperty().get());
    }

    @Test
    void aStructureWithoutHedgesIsNotAvailableAndRunsNothing() {
        structure.set(TestStructures.quick());
        HedgeComparisonViewModel vm = direct();
        assertFalse(vm.availableProperty().get());
        vm.run();
        assertTrue(asked.isEmpty());
        assertEquals("ETH lending book has no hedges: add a put programme or a perp short in the parameters first.",
                vm.messageProperty().get());
        structure.set(hedged);
        assertTrue(vm.availableProperty().get());
    }

    @Test
    void aBadPathsFieldIsNamedAndNothingRuns() {
        HedgeComparisonViewModel vm = direct();
        vm.pathsProperty().set("ten");
        vm.run();
        assertTrue(asked.isEmpty());
        assertEquals("Paths: not a number: \"ten\"", vm.messageProperty().get());
    }

    @Test
    void theTablesAreWrittenAsCsvOnlyOnceThereIsARun(@TempDir Path dir) throws Exception {
        HedgeComparisonViewModel vm = direct();
        Path tranches = dir.resolve("tranches.csv");
        assertFalse(vm.exportTranches(tranches));
        assertEquals("Nothing to export yet: Run first.", vm.messageProperty().get());
        vm.run();
        assertTrue(vm.exportTranches(tranches));
        assertEquals(HedgeCsv.tranches(vm.figures()), Files.readString(tranches));
        Path costs = dir.resolve("costs.csv");
        assertTrue(vm.exportCosts(costs));
        assertEquals(HedgeCsv.costs(vm.figures()), Files.readString(costs));
        assertEquals("The hedge's cost table was written to " + costs + ".", vm.messageProperty().get());
        assertFalse(vm.exportCosts(dir.resolve("missing").resolve("costs.csv")));
        assertTrue(vm.messageProperty().get().startsWith("The hedge's cost table was not written: "),
                vm.messageProperty().get());
    }
}

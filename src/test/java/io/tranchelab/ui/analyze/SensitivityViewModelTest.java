package io.tranchelab.ui.analyze;

import io.tranchelab.design.Bump;
import io.tranchelab.design.Measure;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.Tornado;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.ManualTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tornado's view model, without a toolkit: what it runs, what it shows, when it is stale. */
class SensitivityViewModelTest {

    private final Structure base = TestStructures.quick();
    private final SimpleObjectProperty<Structure> structure = new SimpleObjectProperty<>(base);
    private final SimpleStringProperty scenario = new SimpleStringProperty("base");
    private final FakeDesignTools tools = new FakeDesignTools();

    private SensitivityViewModel direct() {
        return new SensitivityViewModel(structure, scenario, new BackgroundTask<Tornado>(new DirectTaskExecutor()),
                tools);
    }

    @Test
    void aRunBumpsTheCurrentStructureOnItsSeedUnderTheWorkbenchsScenario() {
        SensitivityViewModel vm = direct();
        scenario.set("ETH crash");
        vm.pathsProperty().set("1,500");
        vm.bumpProperty().set("5");
        vm.run();
        assertEquals(base, tools.lastBase);
        assertEquals(MetricSpec.pool(Measure.P_BAD_DEBT), tools.lastMetric, "the pool's P(bad debt) by default: the structure has a loan book");
        assertEquals(Bump.relative(0.05), tools.lastBump);
        assertEquals("ETH crash", tools.lastRun.scenario());
        assertEquals(List.of(42L), tools.lastRun.seeds());
        assertEquals(1500, tools.lastRun.paths());
        assertEquals("ETH lending book \u00b7 scenario ETH crash \u00b7 1,500 paths \u00b7 seed 42",
                vm.pictureProperty().get().caption());
        assertEquals("Pool P(bad debt): sensitivity to \u00b15 % bumps", vm.pictureProperty().get().title());
    }

    @Test
    void theParametersThatCouldNotBeBumpedAreListedWithTheReason() {
        SensitivityViewModel vm = direct();
        vm.run();
        assertEquals("Not bumped (1): /initialCash is 0, which a relative bump leaves unchanged",
                vm.messageProperty().get());
    }

    @Test
    void anAbsoluteStepIsPassedAsOne() {
        SensitivityViewModel vm = direct();
        vm.bumpKindProperty().set(SensitivityViewModel.BumpKind.ABSOLUTE);
        vm.bumpProperty().set("0.05");
        vm.run();
        assertEquals(Bump.absolute(0.05), tools.lastBump);
    }

    @Test
    void aBadFieldIsNamedAndNothingRuns() {
        SensitivityViewModel vm = direct();
        vm.bumpProperty().set("ten");
        vm.run();
        assertEquals("Bump: not a number: \"ten\"", vm.messageProperty().get());
        assertNull(tools.lastBase);
        vm.bumpProperty().set("150");
        vm.run();
        assertEquals("Bump: a percentage above 0 and below 100, was 150", vm.messageProperty().get());
        vm.bumpProperty().set("10");
        vm.pathsProperty().set("12.5");
        vm.run();
        assertTrue(vm.messageProperty().get().startsWith("Paths: a whole number from 100"), vm.messageProperty().get());
        assertNull(tools.lastBase);
    }

    @Test
    void theResultIsStaleOnceTheStructureOrScenarioChangesAndFreshAgainAfterAnUndo() {
        SensitivityViewModel vm = direct();
        assertFalse(vm.staleProperty().get(), "nothing shown is never stale");
        vm.run();
        assertFalse(vm.staleProperty().get());
        structure.set(base.withInitialCash(1_000));
        assertTrue(vm.staleProperty().get());
        structure.set(base);
        assertFalse(vm.staleProperty().get(), "back to the structure it was computed for");
        scenario.set("ETH crash");
        assertTrue(vm.staleProperty().get(), "another scenario");
    }

    @Test
    void aRunUnderWayIsStoppedWhenTheStructureChanges() {
        BackgroundTask<Tornado> task = new BackgroundTask<>(new ManualTaskExecutor()); // work never runs
        SensitivityViewModel vm = new SensitivityViewModel(structure, scenario, task, tools);
        vm.run();
        assertTrue(vm.progress().isRunning());
        structure.set(base.withInitialCash(1_000));
        assertFalse(vm.progress().isRunning());
        assertTrue(vm.messageProperty().get().startsWith("Stopped: the structure or scenario changed"));
    }

    @Test
    void cancelStopsTheRunAndKeepsThePreviousPicture() {
        SensitivityViewModel vm = direct();
        vm.run();
        var before = vm.pictureProperty().get();
        BackgroundTask<Tornado> task = new BackgroundTask<>(new ManualTaskExecutor());
        SensitivityViewModel pending = new SensitivityViewModel(structure, scenario, task, tools);
        pending.run();
        pending.cancel();
        assertFalse(pending.progress().isRunning());
        assertEquals("Cancelled; the chart shows the previous run, if any.", pending.messageProperty().get());
        assertEquals(before, vm.pictureProperty().get());
    }

    @Test
    void theMetricsFollowTheTranchesAndKeepTheChoiceWhileItExists() {
        SensitivityViewModel vm = direct();
        assertEquals(3 * MetricChoices.TRANCHE.size() + MetricChoices.POOL.size(), vm.metrics().size());
        MetricSpec mezzanine = MetricSpec.tranche("Mezzanine", Measure.P_LOSS);
        vm.metricProperty().set(mezzanine);
        structure.set(base.withInitialCash(5));
        assertEquals(mezzanine, vm.metricProperty().get());
        structure.set(base.withTranches(List.of(new io.tranchelab.model.Tranche("A", 0.8, 0.05),
                new io.tranchelab.model.Tranche("B", 0.2, 0))));
        assertEquals(MetricSpec.pool(Measure.P_BAD_DEBT), vm.metricProperty().get(),
                "gone: back to the default, the pool's P(bad debt) of a loan book");
    }

    @Test
    void theReportGetsTheTornadoOnlyWhenAskedAndOnlyWhileItIsAboutTheStructure() {
        SensitivityViewModel vm = direct();
        vm.run();
        assertTrue(vm.reportPicture().isEmpty(), "not asked for");
        vm.includeInReportProperty().set(true);
        assertEquals(vm.pictureProperty().get(), vm.reportPicture().orElseThrow());
        structure.set(base.withInitialCash(1_000));
        assertTrue(vm.reportPicture().isEmpty(), "stale: the report runs on another structure");
    }
}

package io.tranchelab.ui.analyze;

import io.tranchelab.chart.AlignmentMapChart;
import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.Measure;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.Target;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.ImpliedRating;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.DirectTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alignment map's view model: its defaults, the progressive picture, targets, stopping and staleness. */
class AlignmentMapViewModelTest {

    private final Structure base = TestStructures.quick();
    private final SimpleObjectProperty<Structure> structure = new SimpleObjectProperty<>(base);
    private final SimpleStringProperty scenario = new SimpleStringProperty("base");
    private final FakeDesignTools tools = new FakeDesignTools();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();

    private AlignmentMapViewModel vm() {
        return new AlignmentMapViewModel(structure, scenario, new BackgroundTask<AlignmentGrid>(executor), executor,
                tools);
    }

    @Test
    void byDefaultThePoolsBadDebtOverCollateralVolatilityAndLiquidationCapacityFromHalfToTwiceTheirValues() {
        AlignmentMapViewModel vm = vm();
        // a loan book: the design package's default metric is the pool's P(bad debt), with a limit
        assertEquals(MetricSpec.pool(Measure.P_BAD_DEBT), vm.metricProperty().get());
        assertEquals(TargetKind.LIMIT, vm.targetKindProperty().get());
        assertEquals("5 %", vm.limitProperty().get());
        assertEquals("/assets/0/volatility", vm.xParameterProperty().get().pointer());
        assertEquals("/positions/0/liquidationCapacity", vm.yParameterProperty().get().pointer());
        // the built-in book: ETH volatility 75 %, capacity $5,000,000
        assertEquals("37.50 %", vm.xFromProperty().get());
        assertEquals("150.00 %", vm.xToProperty().get());
        assertEquals("$2,500,000", vm.yFromProperty().get());
        assertEquals("$10,000,000", vm.yToProperty().get());
        vm.metricProperty().set(MetricSpec.tranche("Senior", Measure.EL));
        assertEquals(TargetKind.RATING, vm.targetKindProperty().get(), "an EL takes a rating");
        assertEquals("A", vm.ratingProperty().get());
    }

    @Test
    void theRunGetsTheTypedRangesAndTheRatingsElAllowanceOverTheHorizon() {
        AlignmentMapViewModel vm = vm();
        vm.xFromProperty().set("40 %");
        vm.xToProperty().set("120");
        vm.yToProperty().set("12M");
        vm.pointsProperty().set("5");
        vm.metricProperty().set(MetricSpec.tranche("Senior", Measure.EL));
        vm.run();
        assertEquals(0.40, tools.lastX.from(), 1e-12);
        assertEquals(1.20, tools.lastX.to(), 1e-12);
        assertEquals(5, tools.lastX.count());
        assertEquals(2.5e6, tools.lastY.from(), 0);
        assertEquals(12e6, tools.lastY.to(), 0);
        Target expected = Target.rating("A", 1.0);
        assertEquals(expected, tools.lastTarget);
        int a = ImpliedRating.DEFAULT_RATE_EQUIVALENT.ratings().indexOf("A");
        assertEquals(ImpliedRating.DEFAULT_RATE_EQUIVALENT.threshold(a, 1.0), tools.lastTarget.limit(), 0);
    }

    @Test
    void theMapIsShownPassByPassCoarseFirstWithTheCellsNotRunPending() {
        AlignmentMapViewModel vm = vm();
        List<AlignmentMapChart.Picture> shown = new ArrayList<>();
        vm.pictureProperty().addListener((o, was, now) -> shown.add(now));
        vm.pointsProperty().set("3");
        vm.run();
        assertEquals(2, tools.published.size());
        assertTrue(shown.size() >= 2, "a picture per pass: " + shown.size());
        AlignmentMapChart.Picture first = shown.get(0);
        assertTrue(Double.isNaN(first.values()[1][1]), "the centre is not run in the coarse pass");
        assertTrue(first.caption().endsWith("4 of 9 points computed"), first.caption());
        AlignmentMapChart.Picture last = shown.get(shown.size() - 1);
        assertEquals(0.002, last.values()[1][1], 1e-15);
        assertFalse(last.caption().contains("points computed"), "complete: " + last.caption());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void aMapCancelledAfterTheCoarsePassKeepsItsPendingCellsAndSaysHowFarItGot() {
        AlignmentMapViewModel[] holder = new AlignmentMapViewModel[1];
        tools.afterCoarse = () -> holder[0].cancel();
        holder[0] = vm();
        AlignmentMapViewModel vm = holder[0];
        vm.run();
        assertFalse(vm.progress().isRunning());
        assertEquals(4, vm.gridProperty().get().computed());
        assertEquals("Stopped with 4 of 121 points computed; the hatched cells were not run.",
                vm.messageProperty().get());
    }

    @Test
    void aRatingTargetNeedsAnElMetricAndALimitIsReadInTheMetricsUnit() {
        AlignmentMapViewModel vm = vm();
        vm.metricProperty().set(MetricSpec.pool(Measure.P_BAD_DEBT));
        vm.targetKindProperty().set(TargetKind.RATING);
        vm.run();
        assertTrue(vm.messageProperty().get().startsWith("Target: a rating reads a tranche's EL"));
        assertNull(tools.lastBase);
        vm.targetKindProperty().set(TargetKind.LIMIT);
        vm.limitProperty().set("5 %");
        vm.run();
        assertEquals(0.05, tools.lastTarget.limit(), 1e-15);
        assertTrue(tools.lastTarget.atMost(), "less bad debt is better");
        vm.metricProperty().set(MetricSpec.tranche("Equity", Measure.RETURN_50));
        vm.limitProperty().set("8");
        vm.run();
        assertFalse(tools.lastTarget.atMost(), "a return must be at least its limit");
        vm.targetKindProperty().set(TargetKind.NONE);
        vm.run();
        assertNull(tools.lastTarget);
    }

    @Test
    void badAxesAreRefusedNamingTheField() {
        AlignmentMapViewModel vm = vm();
        vm.xToProperty().set("10 %");
        vm.run();
        assertEquals("Across: the upper value must exceed the lower one", vm.messageProperty().get());
        vm.xToProperty().set("150 %");
        vm.yParameterProperty().set(vm.xParameterProperty().get());
        vm.run();
        assertEquals("Up: choose a parameter other than the one across", vm.messageProperty().get());
        assertNull(tools.lastBase);
    }

    @Test
    void theMapIsStaleAfterAnEditAndTheChosenAxesSurviveIt() {
        AlignmentMapViewModel vm = vm();
        vm.run();
        vm.xFromProperty().set("50 %");
        structure.set(base.withInitialCash(10));
        assertTrue(vm.staleProperty().get());
        assertEquals("/assets/0/volatility", vm.xParameterProperty().get().pointer());
        assertEquals("50 %", vm.xFromProperty().get(), "the same parameters: the typed range stays");
    }
}

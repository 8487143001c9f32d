package io.tranchelab.ui.charts;

import io.tranchelab.sim.SimulationResult;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartsViewModelTest {

    @Test
    void theChartsStartOnTheMostSeniorTrancheThatLosesOnOnePercentOfPaths() {
        var quick = TestStructures.quick();
        // ResultFixtures gives a tranche with EL > 0 a probability of loss of 10 %
        SimulationResult seniorSafe = ResultFixtures.withLosses(quick, 10, 0, 0.02, 0.3);
        assertEquals(1, ChartsViewModel.firstTrancheThatLoses(seniorSafe));
        assertEquals(2, ChartsViewModel.firstTrancheThatLoses(ResultFixtures.withLosses(quick, 10, 0, 0, 0)));
    }

    @Test
    void afterTheFirstRunTheChosenTrancheIsKept() {
        var quick = TestStructures.quick();
        SimpleObjectProperty<SimulationResult> result = new SimpleObjectProperty<>();
        ChartsViewModel charts = new ChartsViewModel(result);
        result.set(ResultFixtures.withLosses(quick, 10, 0, 0.02, 0.3));
        charts.follow(0);
        result.set(ResultFixtures.withLosses(quick, 10, 0, 0, 0.3));
        assertEquals(0, charts.trancheProperty().get());
    }

    @Test
    void anotherStackKeepsTheSameNamedTrancheElseStartsOverAsOnTheFirstRun() {
        var quick = TestStructures.quick();
        SimpleObjectProperty<SimulationResult> result = new SimpleObjectProperty<>();
        ChartsViewModel charts = new ChartsViewModel(result);
        result.set(ResultFixtures.withLosses(quick, 10, 0.01, 0.02, 0.3));
        charts.follow(2); // Equity

        var twoTranches = quick.withTranches(java.util.List.of(new io.tranchelab.model.Tranche("Class A", 0.9, 0.05),
                new io.tranchelab.model.Tranche("Equity", 0.1, 0)));
        result.set(ResultFixtures.withLosses(twoTranches, 10, 0.01, 0.3));
        assertEquals(java.util.List.of("Class A", "Equity"), charts.trancheNames());
        assertEquals(1, charts.trancheProperty().get(), "the equity is still shown, now at index 1");

        var renamed = quick.withTranches(java.util.List.of(new io.tranchelab.model.Tranche("A", 0.9, 0.05),
                new io.tranchelab.model.Tranche("B", 0.1, 0)));
        result.set(ResultFixtures.withLosses(renamed, 10, 0.01, 0.3));
        assertEquals(0, charts.trancheProperty().get(), "no Equity here: the first tranche that loses");
    }
}

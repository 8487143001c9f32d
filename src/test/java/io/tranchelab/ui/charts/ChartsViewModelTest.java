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
}

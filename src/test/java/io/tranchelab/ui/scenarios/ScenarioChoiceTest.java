package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioChoiceTest {

    private final List<RunSettings> settingsRun = new ArrayList<>();
    private final List<Structure> structuresRun = new ArrayList<>();
    private final StructureDocument document = new StructureDocument(TestStructures.quick(), null);
    private final SimulationService simulation = new SimulationService((structure, settings, progress, cancel) -> {
        settingsRun.add(settings);
        structuresRun.add(structure);
        return ResultFixtures.withLosses(structure, settings.paths(), 0);
    }, new DirectTaskExecutor(), 0, 0, new PreviewSizing(40));
    private final WorkbenchViewModel viewModel = new WorkbenchViewModel(document, simulation);

    private String lastScenarioRun() {
        return settingsRun.get(settingsRun.size() - 1).scenario();
    }

    @Test
    void thePickerListsBaseThenTheLibraryScenariosThatTouchTheStructure() {
        List<String> names = viewModel.scenario().names();
        assertEquals(ScenarioLibrary.namesFor(document.structure()), names);
        assertEquals(Scenario.BASE_NAME, names.get(0));
        assertTrue(names.size() > 1, "the lending book's ETH collateral is shocked by the library: " + names);
    }

    @Test
    void theChosenScenarioReachesTheRunSettingsAndStaysForLaterEdits() {
        viewModel.start();
        assertEquals(Scenario.BASE_NAME, lastScenarioRun());
        String stress = viewModel.scenario().names().get(1);

        viewModel.scenario().chosenProperty().set(stress);
        assertEquals(stress, lastScenarioRun());
        assertTrue(structuresRun.get(structuresRun.size() - 1).scenario(stress).isPresent(),
                "the library scenario is added to the structure the core runs");
        assertTrue(document.structure().scenarios().isEmpty(), "but not to the document: nothing to save");

        viewModel.edit(document.structure().withInitialCash(1_000), false);
        assertEquals(stress, lastScenarioRun());
        assertEquals(1_000, structuresRun.get(structuresRun.size() - 1).initialCash());
    }

    @Test
    void aNameTheStructureCannotRunFallsBackToTheBaseCase() {
        viewModel.scenario().chosenProperty().set("no such scenario");
        assertEquals(Scenario.BASE_NAME, viewModel.scenario().chosen());
    }

    @Test
    void aRemovedOwnScenarioFallsBackToTheBaseCase() {
        Scenario own = new Scenario("calm", "", 0.5, null, null, 1, 1, List.of());
        document.edit(document.structure().withScenarios(List.of(own)), false);
        viewModel.scenario().chosenProperty().set("calm");
        assertEquals("calm", lastScenarioRun());

        document.undo();
        assertEquals(Scenario.BASE_NAME, viewModel.scenario().chosen());
        // the undone structure's base case was run before: it comes back from the results cache
        assertEquals(Scenario.BASE_NAME, simulation.shownProperty().get().scenario());
        assertEquals(document.structure(), simulation.shownProperty().get().structure());
    }
}

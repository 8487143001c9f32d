package io.tranchelab.ui.run;

import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.metrics.MetricsViewModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultFreshnessTest {

    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final SimulationService simulation = new SimulationService(
            (s, settings, progress, cancel) -> ResultFixtures.withLosses(s, settings.paths(), 0.01),
            executor, 20, 120, new PreviewSizing(40));
    private final StructureDocument document = new StructureDocument(
            TestStructures.quick().withSimulation(TestStructures.quick().simulation().withPaths(10_000)), null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, simulation);
    private final ResultFreshness freshness = new ResultFreshness(simulation, document.structureProperty(),
            workbench.scenario().chosenProperty(), document::inGesture);
    private final MetricsViewModel table = new MetricsViewModel(simulation.resultProperty(),
            freshness.badgeProperty(), freshness.staleProperty());

    private void runEverything() {
        executor.fireTimers();
        executor.runBackground();
    }

    @Test
    void afterOpeningAnotherDealTheOldTableIsMarkedStaleUntilItsRunLands() {
        workbench.start();
        runEverything();
        assertEquals("", freshness.badgeProperty().get());
        assertFalse(table.staleProperty().getValue());

        Structure other = TestStructures.quick().withName("Other deal")
                .withTranches(List.of(new Tranche("A", 0.8, 0.05), new Tranche("Residual", 0.2, 0)));
        document.load(other, Path.of("other.json"));

        assertEquals(List.of("Senior", "Mezzanine", "Equity"), table.rows().stream().map(r -> r.tranche()).toList(),
                "the old deal's rows are still there while the new run computes");
        assertTrue(table.staleProperty().getValue(), "but greyed");
        assertEquals("Stale: computing\u2026", table.badgeProperty().getValue());

        runEverything();
        assertEquals(List.of("A", "Residual"), table.rows().stream().map(r -> r.tranche()).toList());
        assertFalse(table.staleProperty().getValue());
        assertEquals("", table.badgeProperty().getValue());
    }

    @Test
    void aPreviewSaysSoWithItsPathsUntilTheFullRunLands() {
        workbench.start();
        runEverything();
        Structure dragged = document.structure().withInitialCash(document.structure().initialCash() + 1);
        workbench.edit(dragged, true);
        runEverything();
        String preview = "Preview \u00b7 " + io.tranchelab.format.Formats.count(simulation.result().paths()) + " paths";
        assertTrue(simulation.result().paths() < document.structure().simulation().paths());
        assertEquals(preview, freshness.badgeProperty().get());
        workbench.edit(dragged.withInitialCash(dragged.initialCash() + 1), true);
        assertEquals(preview, freshness.badgeProperty().get(),
                "during a drag the preview of a passing value is not stale");

        workbench.endGesture();
        runEverything();
        assertEquals("", freshness.badgeProperty().get());
    }

    @Test
    void anotherScenarioPickedMarksTheResultStaleUntilItsRunLands() {
        workbench.start();
        runEverything();
        workbench.scenario().chosenProperty().set(workbench.scenario().names().get(1));
        assertTrue(freshness.staleProperty().get());
        runEverything();
        assertFalse(freshness.staleProperty().get());
    }
}

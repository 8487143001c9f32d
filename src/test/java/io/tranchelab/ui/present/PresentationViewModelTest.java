package io.tranchelab.ui.present;

import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.scenarios.ComparisonRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresentationViewModelTest {

    private final Structure structure = TestStructures.quick().withSimulation(new SimulationSettings(1.0, 52, 300, 7));
    private final List<String> names = ScenarioLibrary.namesFor(structure);
    private final PresentationViewModel slides = new PresentationViewModel(structure, names,
            new ComparisonRunner(new DirectTaskExecutor()));

    @Test
    void thereIsASlidePerScenarioBaseFirstOnceTheRunsAreDone() {
        assertFalse(slides.readyProperty().get());
        assertEquals("", slides.positionProperty().get());
        slides.prepare();
        assertTrue(slides.readyProperty().get());
        assertEquals(names.size(), slides.slideCount());
        assertEquals("base", slides.scenarioNameProperty().get());
        assertEquals("1 / " + names.size(), slides.positionProperty().get());
        for (int i = 0; i < names.size(); i++) {
            slides.go(i);
            assertEquals(names.get(i), slides.scenarioNameProperty().get());
            assertEquals(names.get(i), slides.shownRun().scenario());
            assertEquals(structure.simulation().seed(), slides.shownRun().seed(), "every slide on the structure's seed");
        }
    }

    @Test
    void aHedgedStructureHasTheHedgeSlideLastUnderTheBaseCaseOnItsSeed() throws Exception {
        Structure hedged = io.tranchelab.report.HedgedSample.quick();
        List<String> scenarios = ScenarioLibrary.namesFor(hedged);
        PresentationViewModel deck = new PresentationViewModel(hedged, scenarios,
                new ComparisonRunner(new DirectTaskExecutor()));
        deck.prepare();
        assertEquals(scenarios.size() + 1, deck.slideCount());
        assertFalse(deck.isHedgeSlide());
        deck.last();
        assertTrue(deck.isHedgeSlide());
        assertEquals("Hedge: with and without", deck.scenarioNameProperty().get());
        assertEquals(null, deck.shownRun(), "no scenario run on the hedge slide");
        assertEquals("base", deck.hedgeProperty().get().hedged().scenario());
        assertEquals(hedged.simulation().seed(), deck.hedgeProperty().get().unhedged().seed());
        assertEquals(hedged.simulation().paths(), deck.hedgeProperty().get().outcomes().paths());
        deck.previous();
        assertEquals(scenarios.get(scenarios.size() - 1), deck.scenarioNameProperty().get());
    }

    @Test
    void aStructureWithoutHedgesHasNoHedgeSlide() {
        slides.prepare();
        slides.last();
        assertFalse(slides.isHedgeSlide());
        assertEquals(null, slides.hedgeProperty().get());
    }

    @Test
    void steppingStopsAtBothEnds() {
        slides.prepare();
        slides.previous();
        assertEquals(0, slides.indexProperty().get());
        slides.next();
        slides.next();
        assertEquals(2, slides.indexProperty().get());
        slides.last();
        slides.next();
        assertEquals(names.size() - 1, slides.indexProperty().get());
        slides.first();
        assertEquals(0, slides.indexProperty().get());
    }

    @Test
    void keysDoNothingBeforeTheSlidesAreReady() {
        slides.next();
        slides.last();
        assertEquals(0, slides.indexProperty().get());
    }
}

package io.tranchelab.ui.scenarios;

import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.run.DirectTaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareViewModelTest {

    private final Structure structure = TestStructures.quick().withSimulation(new SimulationSettings(1.0, 52, 400, 11));

    private CompareViewModel compare(Structure s) {
        return new CompareViewModel(s, new ComparisonRunner(new DirectTaskExecutor()));
    }

    @Test
    void everyScenarioIsPickedAtFirstAndTheTableListsEachWithEveryTranche() {
        CompareViewModel compare = compare(structure);
        List<String> names = ScenarioLibrary.namesFor(structure);
        assertEquals(names, compare.pickedNames());

        compare.run();

        assertEquals(names.size() * structure.tranches().size(), compare.rows().size());
        assertEquals(new LinkedHashSet<>(names),
                new LinkedHashSet<>(compare.rows().stream().map(CompareRow::scenario).toList()));
    }

    @Test
    void theDeltaIsTheScenariosExpectedLossMinusTheBaseCasesOfTheSameTranche() {
        CompareViewModel compare = compare(structure);
        compare.run();
        int tranches = structure.tranches().size();
        for (int i = 0; i < compare.rows().size(); i++) {
            CompareRow row = compare.rows().get(i);
            CompareRow base = compare.rows().get(i % tranches);
            assertEquals("base", base.scenario());
            assertEquals(row.a().expectedLoss() - base.a().expectedLoss(), row.expectedLossDelta(), 0.0);
        }
    }

    @Test
    void twoRunsOfTheSameScenariosGiveIdenticalMetrics() {
        CompareViewModel compare = compare(structure);
        compare.run();
        List<CompareRow> first = new ArrayList<>(compare.rows());
        compare.run();
        assertEquals(first, compare.rows());
    }

    @Test
    void onlyThePickedScenariosRunWithTheBaseCaseAlwaysFirst() {
        CompareViewModel compare = compare(structure);
        compare.picks().forEach(p -> p.picked().set(false));
        String stress = compare.picks().get(compare.picks().size() - 1).name();
        compare.picks().get(compare.picks().size() - 1).picked().set(true);

        compare.run();

        assertEquals(List.of("base", stress), compare.comparisonProperty().get().scenarioNames());
    }

    @Test
    void structureBRunsOnTheSameScenariosAndSeedAndShowsBMinusA() {
        List<Tranche> thinner = new ArrayList<>(structure.tranches());
        Tranche senior = thinner.get(0);
        Tranche mezz = thinner.get(1);
        thinner.set(0, senior.withShare(senior.share() + 0.05));
        thinner.set(1, mezz.withShare(mezz.share() - 0.05));
        Structure b = structure.withTranches(thinner);
        CompareViewModel compare = compare(structure);
        compare.setStructureB(b);

        compare.run();

        CompareViewModel bAlone = compare(b);
        bAlone.run();
        for (int i = 0; i < compare.rows().size(); i++) {
            CompareRow row = compare.rows().get(i);
            assertTrue(row.b().isPresent(), row::toString);
            assertEquals(bAlone.rows().get(i).a(), row.b().get(), "B on the same seed and paths as run alone");
            assertEquals(row.b().get().expectedLoss() - row.a().expectedLoss(), row.expectedLossBMinusA().get(), 0.0);
        }
        assertTrue(compare.rows().stream().anyMatch(r -> r.expectedLossBMinusA().get() != 0.0),
                "a thinner mezzanine changes some tranche's loss somewhere");
    }

    @Test
    void tranchesOfBArePairedByNameAndADifferentStackIsSaid() {
        // B: no mezzanine (its share moved to the senior) and a differently named residual
        Structure b = structure.withTranches(List.of(new Tranche("Senior", 0.9, 0.05), new Tranche("Equity", 0.1, 0)));
        CompareViewModel compare = new CompareViewModel(structure, "deal.json", new ComparisonRunner(new DirectTaskExecutor()));
        compare.setStructureB(b, "no-mezz.json");
        compare.run();

        CompareViewModel bAlone = compare(b);
        bAlone.run();
        for (CompareRow row : compare.rows()) {
            String name = row.a().name();
            if (name.equals("Mezzanine")) {
                assertTrue(row.b().isEmpty(), "B has no mezzanine: nothing to pair, never B's equity");
            } else {
                CompareRow sameInB = bAlone.rows().stream()
                        .filter(r -> r.scenario().equals(row.scenario()) && r.a().name().equals(name)).findFirst()
                        .orElseThrow();
                assertEquals(sameInB.a(), row.b().orElseThrow(), row.scenario() + " " + name);
            }
        }
        assertEquals("The tranche stacks differ; tranches are paired by name. Only in A: Mezzanine.",
                compare.stackDifferenceProperty().get());
        assertEquals("A: deal.json", compare.labelAProperty().get());
        assertEquals("B: no-mezz.json", compare.labelBProperty().get());
    }

    @Test
    void sameStacksSayNothing() {
        assertEquals("", CompareViewModel.stackDifference(List.of("S", "E"), List.of("S", "E")));
        assertEquals("The tranche stacks differ; tranches are paired by name. Only in A: M. Only in B: J.",
                CompareViewModel.stackDifference(List.of("S", "M", "E"), List.of("S", "J", "E")));
    }
}

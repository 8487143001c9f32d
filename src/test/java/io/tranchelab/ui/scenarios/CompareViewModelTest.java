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
            assertEquals(row.a().orElseThrow().expectedLoss() - base.a().orElseThrow().expectedLoss(),
                    row.expectedLossDelta().orElseThrow(), 0.0);
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
            assertEquals(bAlone.rows().get(i).a().orElseThrow(), row.b().get(), "B on the same seed and paths as run alone");
            assertEquals(row.b().get().expectedLoss() - row.a().orElseThrow().expectedLoss(),
                    row.expectedLossBMinusA().get(), 0.0);
            assertEquals(CompareRow.Side.BOTH, row.side());
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
            String name = row.tranche();
            if (name.equals("Mezzanine")) {
                assertTrue(row.b().isEmpty(), "B has no mezzanine: nothing to pair, never B's equity");
                assertEquals(CompareRow.Side.ONLY_IN_A, row.side());
            } else {
                CompareRow sameInB = bAlone.rows().stream()
                        .filter(r -> r.scenario().equals(row.scenario()) && r.tranche().equals(name)).findFirst()
                        .orElseThrow();
                assertEquals(sameInB.a(), row.b(), row.scenario() + " " + name);
            }
        }
        assertEquals("The tranche stacks differ; tranches are paired by name. Only in A: Mezzanine.",
                compare.stackDifferenceProperty().get());
        assertEquals("A: deal.json", compare.labelAProperty().get());
        assertEquals("B: no-mezz.json", compare.labelBProperty().get());
    }

    @Test
    void aTrancheOnlyBHasGetsItsOwnRowWithBsFiguresAndNothingForA() {
        // B: the mezzanine renamed "Junior": one tranche only in A, one only in B
        List<Tranche> renamed = new ArrayList<>(structure.tranches());
        Tranche mezz = renamed.get(1);
        renamed.set(1, new Tranche("Junior", mezz.share(), mezz.coupon()));
        Structure b = structure.withTranches(renamed);
        CompareViewModel compare = new CompareViewModel(structure, "deal.json", new ComparisonRunner(new DirectTaskExecutor()));
        compare.setStructureB(b, "junior.json");
        compare.run();
        CompareViewModel bAlone = compare(b);
        bAlone.run();

        List<String> scenarios = compare.comparisonProperty().get().scenarioNames();
        assertEquals(scenarios.size() * 4, compare.rows().size(), "Senior, Mezzanine, Junior, Equity under each");
        for (String scenario : scenarios) {
            List<CompareRow> rows = compare.rows().stream().filter(r -> r.scenario().equals(scenario)).toList();
            assertEquals(List.of("Senior", "Mezzanine", "Junior", "Equity"), rows.stream().map(CompareRow::tranche).toList(),
                    "B's junior next to A's mezzanine, seniority kept");
            CompareRow junior = rows.get(2);
            assertEquals(CompareRow.Side.ONLY_IN_B, junior.side());
            assertTrue(junior.a().isEmpty() && junior.expectedLossDelta().isEmpty() && junior.expectedLossBMinusA().isEmpty());
            CompareRow juniorAlone = bAlone.rows().stream()
                    .filter(r -> r.scenario().equals(scenario) && r.tranche().equals("Junior")).findFirst().orElseThrow();
            assertEquals(juniorAlone.a(), junior.b(), "B's own figures for its junior");
            assertEquals("Junior (only in B)", junior.trancheLabel());
            assertEquals("Mezzanine (only in A)", rows.get(1).trancheLabel());
            assertTrue(rows.get(1).b().isEmpty());
            assertEquals("Senior", rows.get(0).trancheLabel());
        }
        assertEquals("The tranche stacks differ; tranches are paired by name. Only in A: Mezzanine. Only in B: Junior.",
                compare.stackDifferenceProperty().get());
    }

    @Test
    void namesOnlyBHasFollowTheTrancheBeforeThemInB() {
        assertEquals(List.of("S", "M", "J", "E"), CompareViewModel.mergedOrder(List.of("S", "M", "E"), List.of("S", "J", "E")));
        assertEquals(List.of("S", "J", "K", "E"), CompareViewModel.mergedOrder(List.of("S", "E"), List.of("S", "J", "K", "E")));
        assertEquals(List.of("X", "S", "E"), CompareViewModel.mergedOrder(List.of("S", "E"), List.of("X", "S", "E")));
        assertEquals(List.of("S", "E", "Z"), CompareViewModel.mergedOrder(List.of("S", "E"), List.of("S", "E", "Z")));
        assertEquals(List.of("S", "E"), CompareViewModel.mergedOrder(List.of("S", "E"), List.of()));
    }

    @Test
    void sameStacksSayNothing() {
        assertEquals("", CompareViewModel.stackDifference(List.of("S", "E"), List.of("S", "E")));
        assertEquals("The tranche stacks differ; tranches are paired by name. Only in A: M. Only in B: J.",
                CompareViewModel.stackDifference(List.of("S", "M", "E"), List.of("S", "J", "E")));
    }
}

package io.tranchelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.TrancheMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLibraryTest {

    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    private static Structure lendingBook() throws Exception {
        return StructureJson.read(Path.of("samples/eth-lending-book.json"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyApplicableScenarioIsValidForEverySample(Path sample) throws Exception {
        Structure structure = StructureJson.read(sample);
        List<Scenario> library = ScenarioLibrary.applicableTo(structure);
        Structure with = ScenarioLibrary.withScenarios(structure,
                library.stream().map(Scenario::name).filter(n -> structure.scenario(n).isEmpty()).toList());
        assertEquals(List.of(), StructureValidator.validate(with));
    }

    @Test
    void theLendingBookCanBeRunUnderEveryEthEpisodeButNotTheUsdcOne() throws Exception {
        List<String> names = ScenarioLibrary.namesFor(lendingBook());
        assertEquals(Scenario.BASE_NAME, names.get(0));
        assertTrue(names.contains(HistoricalScenarios.MARCH_2020));
        assertTrue(names.contains(HistoricalScenarios.TERRA_2022));
        assertTrue(names.contains(HistoricalScenarios.STETH_2022));
        assertTrue(names.contains(HistoricalScenarios.FTX_2022));
        assertFalse(names.contains(HistoricalScenarios.USDC_2023), "the book holds no USDC");
    }

    @Test
    void anUnknownScenarioNamesTheOnesThatExist() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioLibrary.withScenarios(lendingBook(), List.of("Tulip mania")));
        assertTrue(e.getMessage().contains("Tulip mania"));
        assertTrue(e.getMessage().contains(HistoricalScenarios.MARCH_2020));
    }

    /**
     * Common random numbers: every scenario runs on the same paths, so a stress can only add
     * losses where it adds market moves. A stress never lowers the senior's expected loss, and
     * the ETH crashes raise the equity's.
     */
    @Test
    void noStressLowersTheSeniorLossOfTheLendingBook() throws Exception {
        Structure book = lendingBook();
        List<String> stresses = ScenarioLibrary.namesFor(book).subList(1, ScenarioLibrary.namesFor(book).size());
        ScenarioComparison comparison = ScenarioComparison.run(book, stresses,
                RunSettings.of(book).withPaths(2_000).withThreads(2), ProgressListener.NONE, CancellationToken.none());
        assertEquals(ScenarioLibrary.namesFor(book), comparison.scenarioNames(), "every scenario is listed");
        TrancheMetrics baseSenior = comparison.metrics(0, 0);
        int equity = book.tranches().size() - 1;
        for (int run = 1; run < comparison.runs().size(); run++) {
            String name = comparison.scenarioNames().get(run);
            assertTrue(comparison.metrics(run, 0).expectedLoss() >= baseSenior.expectedLoss(),
                    name + " lowers the senior loss");
            if (name.equals(HistoricalScenarios.MARCH_2020) || name.equals(HistoricalScenarios.STETH_2022)) {
                assertTrue(comparison.expectedLossDelta(run, equity) > 0, name + " does not hurt the equity");
            }
        }
    }

    @Test
    void twoRunsOfTheSameScenarioGiveIdenticalMetrics() throws Exception {
        Structure book = lendingBook();
        RunSettings settings = RunSettings.of(book).withPaths(600).withThreads(2);
        List<String> names = List.of(HistoricalScenarios.MARCH_2020, HistoricalScenarios.MARCH_2020);
        ScenarioComparison first = ScenarioComparison.run(book, names, settings, ProgressListener.NONE,
                CancellationToken.none());
        ScenarioComparison second = ScenarioComparison.run(book, List.of(HistoricalScenarios.MARCH_2020), settings,
                ProgressListener.NONE, CancellationToken.none());
        assertEquals(2, first.runs().size(), "a scenario named twice runs once");
        assertEquals(first.runs().get(1).tranches(), second.runs().get(1).tranches());
        assertEquals(first.runs().get(0).tranches(), second.runs().get(0).tranches());
    }
}

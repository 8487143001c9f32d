package io.tranchelab.ui.export;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.document.ScriptedDialogs;
import io.tranchelab.ui.run.DirectTaskExecutor;
import io.tranchelab.ui.scenarios.ComparisonRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File > Export chain figures (CSV): a cross-chain pool's bridges and chains under every scenario (docs/model.md §8.14). */
class ExportChainsTest {

    private final Structure plain = TestStructures.quick().withSimulation(new SimulationSettings(1.0, 52, 300, 7));
    private final Structure onArbitrum = plain.withCrossChain(new CrossChain(
            List.of(new Chain("Arbitrum", "Canonical bridge", new ChainHalts(4, 1))),
            List.of(new Bridge("Canonical bridge", 2, 0.5, 0.3)), Map.of("ETH-backed loans", "Arbitrum")));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void theCsvHasAPoolABridgeAndAChainRowPerScenario(@TempDir Path dir) throws Exception {
        SimpleObjectProperty<Structure> shown = new SimpleObjectProperty<>(onArbitrum);
        ExportViewModel exports = new ExportViewModel(shown, new ComparisonRunner(new DirectTaskExecutor()), dialogs);
        assertTrue(exports.crossChainProperty().get());
        Path out = dir.resolve("chains.csv");
        exports.exportChains(out);
        List<String> lines = Files.readAllLines(out);
        int scenarios = ScenarioLibrary.namesFor(onArbitrum).size();
        assertEquals(1 + 3 * scenarios, lines.size(), "the header, then a pool, a bridge and a chain row a scenario");
        assertTrue(lines.get(2).contains(",base,bridge,Canonical bridge,,5.0E7,"), lines.get(2)
                + ": the $50M loan book is bridged");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        shown.set(plain);
        assertFalse(exports.crossChainProperty().get(), "a pool on one chain: the item is not offered");
    }
}

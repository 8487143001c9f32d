package io.tranchelab.ui.scenarios;

import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CrossChainMetrics;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The compare window's line of a cross-chain structure's bridge losses per scenario (docs/model.md §8.14). */
class CompareChainsTest {

    private static SimulationResult result(String scenario, double loss, double share) {
        CrossChainMetrics chains = new CrossChainMetrics(loss, share, 0.1,
                List.of(new CrossChainMetrics.BridgeFigures("Wormhole", loss, 0.1, 25e6)), List.of());
        return new SimulationResult("Vault", scenario, 10, 3, 1.0, 42, List.of(),
                new PoolMetrics(100e6, 0, 0, 0, 0, 100e6, 1, 2, 3), null, null, List.of(), 1).withCrossChain(chains);
    }

    @Test
    void eachScenariosBridgeLossesOnOneLine() {
        ScenarioComparison comparison = new ScenarioComparison(null,
                List.of(result("base", 1.37e6, 0.0137), result("crash", 926_000, 0.00926)));
        assertEquals("A's bridge losses: base $1.4M (1.37 % of the pool), crash $926.0K (0.93 %)",
                CompareViewModel.bridgeLosses("A", comparison));
    }

    @Test
    void nothingForAPoolOnOneChainOrNoComparison() {
        SimulationResult plain = new SimulationResult("Pool", "base", 10, 3, 1.0, 42, List.of(),
                new PoolMetrics(100e6, 0, 0, 0, 0, 100e6, 1, 2, 3), null, null, List.of(), 1);
        assertEquals("", CompareViewModel.bridgeLosses("B", new ScenarioComparison(null, List.of(plain))));
        assertEquals("", CompareViewModel.bridgeLosses("B", null));
    }
}

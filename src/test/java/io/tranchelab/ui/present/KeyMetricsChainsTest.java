package io.tranchelab.ui.present;

import io.tranchelab.report.ChainTables;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CrossChainMetrics;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A slide of a cross-chain pool says what its bridges cost under the tranche figures; a pool on one chain's does not. */
@ExtendWith(ApplicationExtension.class)
class KeyMetricsChainsTest {

    @Start
    void start(Stage stage) {
        // the views are built in each test, on the FX thread
    }

    private static SimulationResult result(CrossChainMetrics chains) {
        return new SimulationResult("Vault", "base", 10, 3, 1.0, 42, List.of(),
                new PoolMetrics(100e6, 0, 0, 0, 0, 100e6, 1, 2, 3), null, null, List.of(), 1).withCrossChain(chains);
    }

    @Test
    void theBridgeLossesLineIsOnTheSlideOfACrossChainPoolOnly(FxRobot robot) {
        CrossChainMetrics chains = new CrossChainMetrics(1.37e6, 0.0137, 0.109,
                List.of(new CrossChainMetrics.BridgeFigures("Wormhole", 1.37e6, 0.109, 25e6)), List.of());
        KeyMetricsView[] views = new KeyMetricsView[2];
        robot.interact(() -> {
            views[0] = new KeyMetricsView(new ScenarioComparison(null, List.of(result(chains))), 0);
            views[1] = new KeyMetricsView(new ScenarioComparison(null, List.of(result(CrossChainMetrics.NONE))), 0);
        });
        Label line = (Label) views[0].lookup("#slide-bridge-losses");
        assertEquals("Bridge losses $1.4M (1.37 % of the pool), P(any bridge loss) 10.90 %", line.getText());
        assertEquals(ChainTables.summary(chains), line.getText());
        assertTrue(views[1].lookup("#slide-bridge-losses") == null);
    }
}

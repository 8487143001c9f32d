package io.tranchelab.ui.chains;

import io.tranchelab.sim.CrossChainMetrics;
import io.tranchelab.sim.CrossChainMetrics.BridgeFigures;
import io.tranchelab.sim.CrossChainMetrics.ChainFigures;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Chains panel's view model without a stage: it follows the run shown, and is absent for a pool on one chain. */
class ChainsViewModelTest {

    /** Wormhole: $25M bridged, $500K expected loss (2.00 % of it) on 9.5 % of paths; Solana halted 1.4 times, 1.4 days. */
    private static final CrossChainMetrics FIGURES = new CrossChainMetrics(500_000, 0.005, 0.095,
            List.of(new BridgeFigures("Wormhole", 500_000, 0.095, 25e6)),
            List.of(new ChainFigures("Solana", 1.4, 0.75, "Wormhole", 25e6, 1.4, 1.4)));

    private static SimulationResult result(CrossChainMetrics chains) {
        return new SimulationResult("Vault", "base", 10, 3, 1.0, 42, List.of(),
                new PoolMetrics(100e6, 0, 0, 0, 0, 100e6, 1, 2, 3), null, null, List.of(), 1).withCrossChain(chains);
    }

    @Test
    void aCrossChainRunFillsBothTablesAndTheSummary() {
        SimpleObjectProperty<SimulationResult> shown = new SimpleObjectProperty<>();
        ChainsViewModel viewModel = new ChainsViewModel(shown);
        assertFalse(viewModel.shownProperty().get(), "no run yet: no panel");
        shown.set(result(FIGURES));
        assertTrue(viewModel.shownProperty().get());
        assertEquals(List.of(List.of("Wormhole", "Solana", "$25.0M", "9.50", "$500.0K", "2.00")),
                viewModel.bridgeRows());
        assertEquals(List.of(List.of("Solana", "Wormhole", "$25.0M", "75.00", "1.4", "1.4")), viewModel.chainRows());
        assertEquals("Bridge losses $500.0K (0.50 % of the pool), P(any bridge loss) 9.50 %",
                viewModel.summaryProperty().get());
    }

    @Test
    void aRunOfAPoolOnOneChainHidesThePanelAndEmptiesIt() {
        SimpleObjectProperty<SimulationResult> shown = new SimpleObjectProperty<>(result(FIGURES));
        ChainsViewModel viewModel = new ChainsViewModel(shown);
        assertTrue(viewModel.shownProperty().get());
        shown.set(result(CrossChainMetrics.NONE));
        assertFalse(viewModel.shownProperty().get());
        assertTrue(viewModel.bridgeRows().isEmpty() && viewModel.chainRows().isEmpty());
        assertEquals("", viewModel.summaryProperty().get());
    }

    @Test
    void theBadgeAndStaleMarkingAreTheRunsFreshness() {
        SimpleStringProperty badge = new SimpleStringProperty("Preview \u00b7 2,000 paths");
        SimpleBooleanProperty stale = new SimpleBooleanProperty(true);
        ChainsViewModel viewModel = new ChainsViewModel(new SimpleObjectProperty<>(result(FIGURES)), badge, stale);
        assertSame(badge, viewModel.badgeProperty());
        assertSame(stale, viewModel.staleProperty());
    }
}

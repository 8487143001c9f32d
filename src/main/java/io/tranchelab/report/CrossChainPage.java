package io.tranchelab.report;

import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CrossChainMetrics;
import io.tranchelab.sim.SimulationResult;

import java.io.IOException;

/**
 * The report's page on a cross-chain pool (docs/model.md §8.14): under each scenario, what the
 * bridges' exploits cost and how long each chain was halted, in the cells every view shows
 * ({@link ChainTables}). No page for a pool on one chain.
 */
final class CrossChainPage {

    private static final float[] BRIDGE_WIDTHS = {0.24f, 0.14f, 0.14f, 0.11f, 0.14f, 0.23f};
    private static final float[] CHAIN_WIDTHS = {0.16f, 0.26f, 0.13f, 0.12f, 0.12f, 0.21f};

    private CrossChainPage() {
    }

    static void write(PdfCanvas canvas, ScenarioComparison comparison) throws IOException {
        if (comparison.base().crossChain().onOneChain()) {
            return;
        }
        canvas.newPage();
        canvas.heading("Bridges and chains", 16);
        canvas.paragraph("Each bridge's exploits destroy a fraction of what is bridged over it (a realized loss of"
                + " the pool, already in the tranches' figures); a halted chain runs no liquidations and its"
                + " oracles are frozen while prices move. Means over the same paths as the tranche figures;"
                + " bridged value and chain value at the start, in US dollars.", 9);
        for (SimulationResult result : comparison.runs()) {
            CrossChainMetrics chains = result.crossChain();
            canvas.heading("Scenario: " + result.scenario(), 12);
            canvas.paragraph(ChainTables.summary(chains) + ".", 9);
            if (!chains.bridges().isEmpty()) {
                canvas.table(ChainTables.headers(ChainTables.BRIDGE_COLUMNS), ChainTables.bridgeRows(chains),
                        BRIDGE_WIDTHS, 8);
            }
            if (!chains.chains().isEmpty()) {
                canvas.table(ChainTables.headers(ChainTables.CHAIN_COLUMNS), ChainTables.chainRows(chains),
                        CHAIN_WIDTHS, 8);
            }
        }
    }
}

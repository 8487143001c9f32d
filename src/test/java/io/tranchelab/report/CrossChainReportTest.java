package io.tranchelab.report;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.CrossChainMetrics;
import io.tranchelab.sim.CrossChainMetrics.BridgeFigures;
import io.tranchelab.sim.CrossChainMetrics.ChainFigures;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cross-chain pool's figures (docs/model.md §8.14) as the tables, CSV and PDF page show them:
 * hand-made figures whose cells are written out below, and the sample's report.
 */
class CrossChainReportTest {

    /**
     * A pool of $80M: Wormhole carries $25M from Solana and lost $800K on average (3.20 % of it,
     * 1 % of the pool) on 9.4 % of paths; an idle bridge serves no chain; Solana halted on 74 % of
     * paths, 1.338 times and 1.338 days on average; Base ($5M) has no bridge and never halts.
     */
    static final CrossChainMetrics FIGURES = new CrossChainMetrics(1.2e6, 0.015, 0.109,
            List.of(new BridgeFigures("Wormhole", 800_000, 0.094, 25e6), new BridgeFigures("Idle bridge", 0, 0, 0)),
            List.of(new ChainFigures("Solana", 1.338, 0.74, "Wormhole", 25e6, 1.338, 1.338),
                    new ChainFigures("Base", 0, 0, "", 5e6, 0, 0)));

    private static SimulationResult result(String scenario, CrossChainMetrics chains) {
        return new SimulationResult("=Vault", scenario, 10, 3, 1.0, 42, List.of(),
                new PoolMetrics(80e6, 0, 0, 0, 0, 80e6, 1, 2, 3), null, null, List.of(), 1).withCrossChain(chains);
    }

    @Test
    void theTablesWriteEachFigureInItsColumnsUnit() {
        assertEquals(List.of(
                List.of("Wormhole", "Solana", "$25.0M", "9.40", "$800.0K", "3.20"),
                List.of("Idle bridge", "none", "$0", "0.00", "$0", "n/a")), ChainTables.bridgeRows(FIGURES));
        assertEquals(List.of(
                List.of("Solana", "Wormhole", "$25.0M", "74.00", "1.338", "1.338"),
                List.of("Base", "none", "$5.0M", "0.00", "0", "0")), ChainTables.chainRows(FIGURES));
        assertEquals("Bridge losses $1.2M (1.50 % of the pool), P(any bridge loss) 10.90 %",
                ChainTables.summary(FIGURES));
        assertEquals(List.of("Bridge", "Chains", "Bridged (USD)", "P(loss) (%)", "E[loss] (USD)",
                "E[loss] / bridged (%)"), ChainTables.headers(ChainTables.BRIDGE_COLUMNS));
        assertEquals(List.of("Chain", "Bridge", "Value (USD)", "P(halt) (%)", "E[halts]", "E[time halted] (days)"),
                ChainTables.headers(ChainTables.CHAIN_COLUMNS));
    }

    @Test
    void theCsvHasAPoolABridgeAndAChainRowPerScenarioInPlainNumbers() {
        ScenarioComparison comparison = new ScenarioComparison(null,
                List.of(result("base", FIGURES), result("crash", FIGURES)));
        String[] lines = CrossChainCsv.of(comparison).split("\r\n");
        assertEquals(String.join(",", CrossChainCsv.HEADER), lines[0]);
        assertEquals(1 + 2 * 5, lines.length, "a pool, two bridges and two chains under each of two scenarios");
        assertEquals("'=Vault,base,pool,,,8.0E7,0.109,1200000.0,0.015,,,,", lines[1],
                "the structure's name is guarded: a spreadsheet would run =Vault");
        assertEquals("'=Vault,base,bridge,Wormhole,,2.5E7,0.094,800000.0,0.01,0.032,,,", lines[2],
                "$800K is 1 % of the pool's $80M and 3.2 % of the $25M bridged");
        assertEquals("'=Vault,base,bridge,Idle bridge,,0.0,0.0,0.0,0.0,,,,", lines[3],
                "nothing bridged: no share of it");
        assertEquals("'=Vault,base,chain,Solana,Wormhole,2.5E7,0.74,,,,1.338,1.338,1.338", lines[4]);
        assertEquals("'=Vault,crash,chain,Base,,5000000.0,0.0,,,,0.0,0.0,0.0", lines[10]);
        assertTrue(CrossChainCsv.applies(comparison));
    }

    @Test
    void aPoolOnOneChainHasNoCsvRowsAndNoPage() throws Exception {
        ScenarioComparison plain = new ScenarioComparison(null, List.of(result("base", CrossChainMetrics.NONE)));
        assertFalse(CrossChainCsv.applies(plain));
        assertEquals(String.join(",", CrossChainCsv.HEADER) + "\r\n", CrossChainCsv.of(plain));
        Structure pool = StructureJson.read(Path.of("samples/lp-fee-pool.json"));
        ScenarioComparison run = ScenarioComparison.run(pool, List.of("base"),
                RunSettings.of(pool).withPaths(100).withThreads(2), ProgressListener.NONE, CancellationToken.none());
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(run, new StandardReportCharts()))) {
            assertFalse(new PDFTextStripper().getText(pdf).contains("Bridges and chains"));
        }
    }

    @Test
    void theReportOfTheCrossChainSampleHasAPageOfItsBridgesAndChains() throws Exception {
        Structure vault = StructureJson.read(Path.of("samples/cross-chain-vault.json"));
        ScenarioComparison run = ScenarioComparison.run(vault, List.of("base", "SOL crash during a Solana halt"),
                RunSettings.of(vault).withPaths(300).withThreads(2), ProgressListener.NONE, CancellationToken.none());
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(run, new StandardReportCharts()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages());
            String last = stripper.getText(pdf);
            assertTrue(last.contains("Bridges and chains"), last);
            assertTrue(last.contains("Scenario: SOL crash during a Solana halt"), last);
            assertTrue(last.contains(ChainTables.summary(run.base().crossChain())), last);
            // $35M of USDC and $25M of ETH-backed loans on Arbitrum; $10M of SOL and $15M of loans on Solana
            assertTrue(last.contains("$60.0M") && last.contains("$25.0M"), last);
            assertTrue(last.contains("E[time halted] (days)") && last.contains("E[loss] / bridged (%)"),
                    "both tables: " + last);
            assertTrue(last.contains("Each bridge's exploits destroy a fraction of what is bridged"), last);
        }
    }
}

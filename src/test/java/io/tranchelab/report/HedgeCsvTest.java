package io.tranchelab.report;

import io.tranchelab.sim.TrancheMetrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The two tables as CSV, byte for byte, on the hand-written figures of {@link HedgeFiguresTest}. */
class HedgeCsvTest {

    @Test
    void theTrancheTableHasARowPerTrancheSeniorFirstWithFractionsNotPercentages() {
        assertEquals("structure,scenario,paths,seed,tranche,expectedLossUnhedged,expectedLossHedged,"
                + "expectedLossChange,var99Unhedged,var99Hedged,var99Change,maxDrawdownMeanUnhedged,"
                + "maxDrawdownMeanHedged,ratingUnhedged,ratingHedged\r\n"
                + "Vault,base,2,42,Senior,0.1133,0.0,-0.1133,0.7395,0.0,-0.7395,0.1702,0.0,CCC/C,AAA\r\n"
                + "Vault,base,2,42,Equity,0.5491,0.3229,-0.2262,1.0,0.97,-0.030000000000000027,0.62,"
                + "0.41,C,CCC/C\r\n", HedgeCsv.tranches(HedgeFiguresTest.figures()));
    }

    @Test
    void theCostTableHasALinePerItemInUsdAndSharesOfThePool() {
        String csv = HedgeCsv.costs(HedgeFiguresTest.figures());
        List<String> lines = csv.lines().toList();
        assertEquals("structure,scenario,paths,seed,item,usdMean,shareOfInitialValue,shareOfInitialValuePerYear",
                lines.get(0));
        assertEquals("Vault,base,2,42,Premiums paid,200.0,0.02,0.01", lines.get(1));
        assertEquals("Vault,base,2,42,Net cost (premiums + funding paid - received),200.0,0.02,0.01", lines.get(4));
        assertEquals("Vault,base,2,42,Hedge P&L (payoffs + short P&L - net cost),310.0,0.031,0.0155", lines.get(7));
        assertEquals(1 + HedgeFigures.Cost.values().length, lines.size());
    }

    @Test
    void aNameASpreadsheetWouldRunIsQuotedAndOneWithACommaIsEnclosed() {
        TrancheMetrics evil = HedgeFiguresTest.metrics("=1+1", 0.1, 0.2, 0.3, "B");
        HedgeFigures f = HedgeFigures.of("Vault, v2", "@crash", 2, 1L, 1.0, List.of(evil), List.of(evil),
                HedgeFiguresTest.TWO_PATHS);
        assertEquals("\"Vault, v2\",'@crash,2,1,'=1+1,0.1,0.1,0.0,0.2,0.2,0.0,0.3,0.3,B,B",
                HedgeCsv.tranches(f).lines().toList().get(1));
    }
}

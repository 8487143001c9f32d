package io.tranchelab.report;

import io.tranchelab.report.HedgeFigures.Cost;
import io.tranchelab.report.HedgeFigures.TrancheRow;
import io.tranchelab.sim.HedgeOutcomes;
import io.tranchelab.sim.TrancheMetrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The comparison's figures from two hand-written paths (docs/model.md §8.15): every mean and share
 * below is worked out in the comments, not by the code's formula.
 */
class HedgeFiguresTest {

    /** Two paths, V0 = 10,000 over 2 years. */
    static final HedgeOutcomes TWO_PATHS = new HedgeOutcomes("ETH", 10_000,
            new double[] {100, 300},    // premiums: mean 200
            new double[] {0, 1_000},    // put payoffs: mean 500
            new double[] {-20, 40},     // perp P&L: mean 10
            new double[] {0, 50},       // funding received: mean 25
            new double[] {50, 0},       // funding paid: mean 25
            new double[] {150, 300},    // expense paid
            new double[] {0, 10},       // expense unpaid: mean 5
            new double[] {-0.1, 0.4});  // the asset rose 10 %, then fell 40 %

    static TrancheMetrics metrics(String name, double el, double var99, double drawdown, String rating) {
        // every other figure distinct and irrelevant, so that a row reading the wrong one shows
        return new TrancheMetrics(name, 1_000, el, 0.001, 0.5, 0.6, 0.07, 0.01, 0.02, 0.03, 0.8, var99, 0.9, 0.95,
                drawdown, 0.99, 1.5, rating);
    }

    static HedgeFigures figures() {
        List<TrancheMetrics> bare = List.of(metrics("Senior", 0.1133, 0.7395, 0.1702, "CCC/C"),
                metrics("Equity", 0.5491, 1.0, 0.62, "C"));
        List<TrancheMetrics> hedged = List.of(metrics("Senior", 0, 0, 0, "AAA"),
                metrics("Equity", 0.3229, 0.97, 0.41, "CCC/C"));
        return HedgeFigures.of("Vault", "base", 2, 42L, 2.0, bare, hedged, TWO_PATHS);
    }

    @Test
    void eachTrancheReadsItsLossVarDrawdownAndRatingFromTheRightRun() {
        List<TrancheRow> rows = figures().tranches();
        assertEquals(List.of(new TrancheRow("Senior", 0.1133, 0, 0.7395, 0, 0.1702, 0, "CCC/C", "AAA"),
                new TrancheRow("Equity", 0.5491, 0.3229, 1.0, 0.97, 0.62, 0.41, "C", "CCC/C")), rows);
        assertEquals(-0.1133, rows.get(0).expectedLossChange(), 1e-15, "hedged less bare: the hedge protects");
        assertEquals(0.97 - 1.0, rows.get(1).var99Change(), 1e-15);
    }

    @Test
    void theHedgesLinesAreMeansOverPathsInUsdOfThePoolAndOfThePoolAYear() {
        HedgeFigures f = figures();
        // USD mean, / V0 = 10,000, / 2 years
        expect(f, Cost.PREMIUMS, 200, 0.02, 0.01);
        expect(f, Cost.FUNDING_PAID, 25, 0.0025, 0.00125);
        expect(f, Cost.FUNDING_RECEIVED, 25, 0.0025, 0.00125);
        // path 1: 100 + 50 - 0 = 150; path 2: 300 + 0 - 50 = 250
        expect(f, Cost.NET_COST, 200, 0.02, 0.01);
        expect(f, Cost.PUT_PAYOFFS, 500, 0.05, 0.025);
        expect(f, Cost.PERP_PNL, 10, 0.001, 0.0005);
        // path 1: 0 - 20 + 0 - 50 - 100 = -170; path 2: 1,000 + 40 + 50 - 0 - 300 = 790; mean 310
        expect(f, Cost.HEDGE_PNL, 310, 0.031, 0.0155);
        expect(f, Cost.UNPAID, 5, 0.0005, 0.00025);
        assertEquals(List.of(Cost.values()), f.costs().stream().map(HedgeFigures.CostLine::item).toList(),
                "shown in the enum's order");
    }

    private static void expect(HedgeFigures f, Cost item, double usd, double share, double perYear) {
        assertEquals(usd, f.cost(item).usd(), 1e-9, item + " USD");
        assertEquals(share, f.cost(item).shareOfPool(), 1e-15, item + " share");
        assertEquals(perYear, f.cost(item).shareOfPoolPerYear(), 1e-15, item + " a year");
    }

    @Test
    void theFiguresNameWhatTheyWereComputedFrom() {
        HedgeFigures f = figures();
        assertEquals("Vault \u00b7 scenario base \u00b7 2 paths \u00b7 seed 42", f.provenance());
        assertEquals("ETH", f.asset());
        assertEquals(10_000, f.initialValue());
    }

    @Test
    void runsWithDifferentTranchesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HedgeFigures.of("V", "base",
                2, 1L, 1.0, List.of(metrics("A", 0, 0, 0, "AAA")), List.of(), TWO_PATHS));
        assertEquals("the two runs have 1 and 0 tranches", e.getMessage());
    }
}

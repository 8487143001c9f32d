package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The hedge's P&L and cost per path and their means (docs/model.md §8.15), on figures written out. */
class HedgeOutcomesTest {

    /**
     * Path 0: premium 5, payoff 20, short P&L -3, funding received 2, paid 1: P&L 20 - 3 + 2 - 1 - 5 = 13,
     * cost 5 + 1 - 2 = 4. Path 1: premium 5, nothing else: P&L -5, cost 5. Means 4 and 4.5.
     */
    @Test
    void pnlIsPayoffsPlusShortPnlPlusNetFundingLessPremiumsAndCostIsPremiumsPlusNetFundingPaid() {
        HedgeOutcomes o = new HedgeOutcomes("X", 100, new double[] {5, 5}, new double[] {20, 0}, new double[] {-3, 0},
                new double[] {2, 0}, new double[] {1, 0}, new double[2], new double[2], new double[2]);
        assertEquals(2, o.paths());
        assertEquals(13, o.hedgePnl(0), 0);
        assertEquals(-5, o.hedgePnl(1), 0);
        assertEquals(4, o.cost(0), 0);
        assertEquals(5, o.cost(1), 0);
        assertEquals(4, o.meanHedgePnl(), 0);
        assertEquals(4.5, o.meanCost(), 0);
        assertEquals(5, HedgeOutcomes.mean(o.premium()), 0);
        assertEquals(0, HedgeOutcomes.mean(new double[0]), 0);
    }
}

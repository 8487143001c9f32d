package io.tranchelab.sim;

import io.tranchelab.model.LoanBook;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.scenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The loan book at the horizon (docs/model.md §7.7): a solvent loan repays its debt at par, an
 * underwater one hands over its collateral, sold in the final liquidation, and its shortfall is
 * bad debt and a loss of the last step. Computed by hand.
 *
 * <p>Two half-year steps. 100 lent at 8 %/yr to two borrowers at LTV 0.4 (A: 50 against 125 units
 * of ETH at 1.00) and 0.75 (B: 50 against 66.67 units); LT 0.8. Senior 70, equity 30, no coupons.
 * In scenario "drop" ETH falls to 0.60 in step 2 and the keepers fail (capacity x 0), so nothing
 * is liquidated before the horizon.
 */
class LoanSettlementTest {

    private static final double EPS = 1e-9;

    private static Structure book() {
        return TestStructures.builder()
                .horizon(1, 2)
                .asset(flatAsset("ETH", 1.0))
                .position(new LoanBook("loans", "ETH", 100, 2, 0.4, 0.75, 0.08, 0.8, 0.1, 0.5, 0,
                        OptionalDouble.empty()))
                .tranche("senior", 0.70, 0)
                .tranche("equity", 0.30, 0)
                .scenario(scenario("drop", 0.0, List.of(new PriceShock("ETH", 2, Math.log(0.6)))))
                .build();
    }

    @Test
    void solventLoansRepayTheirDebtAtParAtTheHorizon() {
        PathTrace t = Simulator.tracePath(book(), io.tranchelab.model.Scenario.BASE_NAME, 1, 0);
        // Both healthy on a flat price: 0.08 x 100 / 2 = 4 of interest a step, then 100 back at par.
        assertArrayEquals(new double[] {4, 4}, t.income(), EPS);
        assertEquals(100, t.liquidationProceeds(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.badDebt(), EPS);
        assertArrayEquals(new double[] {70, 30}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    @Test
    void anUnderwaterLoanHandsOverItsCollateralAndItsShortfallIsBadDebt() {
        PathTrace t = Simulator.tracePath(book(), "drop", 1, 0);
        // Step 2 at 0.60: A's 125 units are worth 75 >= 50 (health 1.2: it pays 2 of interest and
        // repays 50 at par); B's 66.67 units are worth 40 < 50 (health 0.64: no interest, no
        // keepers): its collateral sells for 40 and 10 is bad debt.
        assertArrayEquals(new double[] {4, 2}, t.income(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.liquidationVolume(), EPS);
        assertEquals(100, t.nav()[0], EPS);
        assertEquals(50 + 40, t.nav()[1], EPS);
        assertEquals(50 + 40, t.liquidationProceeds(), EPS);
        assertArrayEquals(new double[] {0, 10}, t.badDebt(), EPS);
        assertArrayEquals(new double[] {0, 10}, t.losses(), EPS);
        assertArrayEquals(new double[] {70, 20}, t.finalPrincipal(), EPS);
        assertArrayEquals(new double[] {0, 10}, t.loss(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    @Test
    void aLoanExactlyAtTheThresholdIsHealthy() {
        // LTV 0.8 = LT: 100 against 125 units at 1.00, LT x 125 x 1.00 = 100 = debt exactly, and
        // a loan is unhealthy only when that is below its debt (§5.2): it pays interest and keeps
        // its collateral.
        Structure atThreshold = TestStructures.builder()
                .horizon(1, 2)
                .asset(flatAsset("ETH", 1.0))
                .position(new LoanBook("loans", "ETH", 100, 1, 0.8, 0.8, 0.08, 0.8, 0.1, 0.5, 0,
                        OptionalDouble.empty()))
                .tranche("senior", 0.70, 0)
                .tranche("equity", 0.30, 0)
                .build();
        PathTrace t = Simulator.tracePath(atThreshold, io.tranchelab.model.Scenario.BASE_NAME, 1, 0);
        assertArrayEquals(new double[] {4, 4}, t.income(), EPS);
        assertArrayEquals(new double[] {0, 0}, t.liquidationVolume(), EPS);
        assertEquals(100, t.liquidationProceeds(), EPS);
    }
}

package io.tranchelab.sim;

import static io.tranchelab.sim.TestStructures.everyStep;
import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.singleLoan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tranchelab.model.KeeperOutage;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import io.tranchelab.model.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A keeper outage (docs/model.md §3.2) stops liquidations for its window only. The set-up of
 * {@link LoanLiquidationTest}: one loan of 100 against 200 ETH at 1.00, LT 0.8, penalty 0.1,
 * close factor 0.5, ETH falling 20 % a step; unhealthy from step 3 on.
 */
class KeeperOutageTest {

    private static final double EPS = 1e-9;

    private static PathTrace trace(Shock... extra) {
        return trace(OptionalDouble.empty(), extra);
    }

    private static PathTrace trace(OptionalDouble capacity, Shock... extra) {
        List<Shock> shocks = new ArrayList<>(everyStep("ETH", 8, Math.log(0.8)));
        shocks.addAll(List.of(extra));
        Scenario scenario = new Scenario("s", "", 1, Map.of(), OptionalDouble.empty(), 1, 1, shocks);
        Structure structure = TestStructures.builder()
                .horizon(1, 8)
                .asset(flatAsset("ETH", 1.0))
                .asset(flatAsset("BTC", 1.0))
                .position(singleLoan("ETH", 100, 0.5, 0.08, 0, capacity))
                .tranche("senior", 0.70, 0)
                .tranche("equity", 0.30, 0)
                .scenario(scenario)
                .build();
        return Simulator.tracePath(structure, "s", 5, 0);
    }

    @Test
    void liquidationsWaitOutTheOutageAndResumeAfterIt() {
        PathTrace t = trace(new KeeperOutage("ETH", 3, 2, 0.0));
        // Steps 3 and 4 are the outage. Step 5, price 0.32768: repay 50 would seize 55 / 0.32768
        // = 167.8 of the 200 units; step 6, price 0.262144: 25 of debt needs 27.5 / 0.262144 =
        // 104.9 units but 32.15 are left: all seized, repaying 32.15 x 0.262144 / 1.1 = 7.66.
        double left = 200 - 55 / 0.32768;
        double repaid = left * 0.262144 / 1.1;
        assertArrayEquals(new double[] {0, 0, 0, 0, 50, repaid, 0, 0}, t.liquidationVolume(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 50 - repaid, 0, 0}, t.badDebt(), EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    @Test
    void aHalfCapacityOutageHalvesAFiniteCapacityAndLeavesAnUnlimitedOneUnlimited() {
        // capacity 20 a step: step 3 may repay 20 of the 50 due; at half capacity, 10
        PathTrace capped = trace(OptionalDouble.of(20), new KeeperOutage("ETH", 3, 1, 0.5));
        assertEquals(10, capped.liquidationVolume()[2], EPS);
        assertEquals(20, capped.liquidationVolume()[3], EPS); // the outage is over in step 4
        PathTrace unlimited = trace(new KeeperOutage("ETH", 3, 1, 0.5));
        assertEquals(50, unlimited.liquidationVolume()[2], EPS);
    }

    @Test
    void anOutageOnAnAssetNoBookLendsAgainstChangesNothing() {
        PathTrace base = trace();
        PathTrace elsewhere = trace(new KeeperOutage("BTC", 1, 8, 0.0));
        assertArrayEquals(base.liquidationVolume(), elsewhere.liquidationVolume(), 0);
        assertArrayEquals(base.badDebt(), elsewhere.badDebt(), 0);
    }
}

package io.tranchelab.sim;

import org.junit.jupiter.api.TestReporter;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property tests' 1,000 structures reach the cases that break cores: depegs, credit
 * defaults, OC breaches (turbo), keepers that fail (zero liquidation capacity), market impact of
 * liquidations, bad debt, reserve draws, coupons still owed at the horizon, and losses reaching
 * each layer of the capital structure. A case
 * that no structure reaches would be a case the invariants are never checked on.
 */
class RandomStructuresCoverageTest {

    private static final int STRUCTURES = 1_000;
    private static final int PATHS = 4;
    /** Each case in at least 2 % of the structures. */
    private static final int AT_LEAST = STRUCTURES / 50;

    private enum Case {
        PEGGED_ASSET_WITH_DEPEGS, CREDIT_LINES, OC_BREACH_PAYS_DOWN_SENIOR, KEEPERS_FAIL,
        LIQUIDATIONS_MOVE_THE_PRICE, BAD_DEBT, RESERVE_PAYS_A_SHORTFALL, COUPON_CARRIED_TO_THE_END, EQUITY_LOSES,
        SENIOR_LOSES, NOTHING_LOST
    }

    @Test
    void theGeneratedStructuresReachEveryCaseTheInvariantsMustHoldIn(TestReporter reporter) {
        Map<Case, Integer> counts = new EnumMap<>(Case.class);
        for (Case c : Case.values()) {
            counts.put(c, 0);
        }
        for (long seed = 1; seed <= STRUCTURES; seed++) {
            Structure structure = RandomStructures.generate(seed);
            for (Case c : Case.values()) {
                if (reaches(structure, c)) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        reporter.publishEntry("random structures", "of " + STRUCTURES + ": " + counts);
        counts.forEach((c, n) -> assertTrue(n >= AT_LEAST, c + " in only " + n + " structures: " + counts));
    }

    private static boolean reaches(Structure structure, Case c) {
        return switch (c) {
            case PEGGED_ASSET_WITH_DEPEGS -> structure.assets().stream()
                    .anyMatch(a -> a instanceof PeggedAsset p && !p.depeg().equals(Depeg.NONE));
            case CREDIT_LINES -> structure.positions().stream().anyMatch(p -> p instanceof CreditLine);
            case KEEPERS_FAIL -> structure.positions().stream()
                    .anyMatch(p -> p instanceof LoanBook b && b.liquidationCapacity().isPresent())
                    && structure.scenario(RandomStructures.STRESS).orElseThrow().liquidationCapacityMultiplier() == 0;
            case OC_BREACH_PAYS_DOWN_SENIOR -> anyPath(structure, t -> TestStructures.sum(t.turbo()) > 0);
            case LIQUIDATIONS_MOVE_THE_PRICE -> structure.assets().stream().anyMatch(a -> a.marketDepth().isPresent())
                    && anyPath(structure, t -> TestStructures.sum(t.liquidationVolume()) > 0);
            case BAD_DEBT -> anyPath(structure, t -> TestStructures.sum(t.badDebt()) > 0);
            case RESERVE_PAYS_A_SHORTFALL -> anyPath(structure, t -> TestStructures.sum(t.reserveDraw()) > 0);
            case COUPON_CARRIED_TO_THE_END -> anyPath(structure, t -> TestStructures.sum(t.finalCoupon()) > 0);
            case EQUITY_LOSES -> anyPath(structure, t -> t.loss()[t.loss().length - 1] > 0);
            case SENIOR_LOSES -> anyPath(structure, t -> t.loss()[0] > 0);
            case NOTHING_LOST -> anyPath(structure, t -> t.loss()[t.loss().length - 1] == 0);
        };
    }

    private static boolean anyPath(Structure structure, Predicate<PathTrace> test) {
        for (String scenario : new String[] {Scenario.BASE_NAME, RandomStructures.STRESS}) {
            for (int path = 0; path < PATHS; path++) {
                if (test.test(Simulator.tracePath(structure, scenario, structure.simulation().seed(), path))) {
                    return true;
                }
            }
        }
        return false;
    }
}

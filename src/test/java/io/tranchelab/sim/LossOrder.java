package io.tranchelab.sim;

import io.tranchelab.model.Structure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The sequential waterfall's loss order on one traced path (docs/model.md §10): no tranche has a
 * negative loss, and no tranche loses while a tranche below it gets principal or coupon back at
 * the horizon or keeps any of its principal. The one check of the invariant tests that generate
 * structures (plain, cross-chain, scored credit).
 */
final class LossOrder {

    private LossOrder() {
    }

    /**
     * @param tolerance amounts below it count as none (a relative tolerance times the pool's value)
     */
    static void assertBottomUp(Structure structure, PathTrace t, double initialValue, double tolerance, String where) {
        int tranches = structure.tranches().size();
        for (int i = 0; i < tranches; i++) {
            assertTrue(t.loss()[i] >= 0, where + ": negative loss of tranche " + i);
            if (t.loss()[i] <= tolerance) {
                continue;
            }
            for (int j = i + 1; j < tranches; j++) {
                // Only the senior amortizes (turbo), so a junior tranche's principal is its share.
                double principal = structure.tranches().get(j).share() * initialValue;
                if (t.finalPrincipal()[j] > tolerance || t.finalCoupon()[j] > tolerance
                        || t.loss()[j] < principal - tolerance) {
                    fail(where + ": tranche " + i + " loses " + t.loss()[i] + " while tranche " + j
                            + " below it receives principal " + t.finalPrincipal()[j] + " and coupon "
                            + t.finalCoupon()[j] + " and loses " + t.loss()[j] + " of " + principal);
                }
            }
        }
    }
}

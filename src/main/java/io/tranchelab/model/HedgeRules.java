package io.tranchelab.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the hedging overlay (docs/model.md §5.6): each hedge names a volatile asset
 * and its terms are within the ranges of docs/format.md ("Ranges", hedges).
 */
final class HedgeRules {

    /** Tenor of a put: a day to ten years. */
    static final Range TENOR_DAYS = Range.closed(1, 3650);
    /** Strike as a share of spot: deep out of the money to twice the spot. */
    static final Range STRIKE = Range.aboveUpTo(0, 2);
    /** Volatility points over the mid: up to 100 points. */
    static final Range SPREAD = Range.closed(0, 1);
    /** Black-Scholes rate: 0 to 100 % a year (no negative USD rates on chain). */
    static final Range RISK_FREE = Range.closed(0, 1);

    private HedgeRules() {
    }

    static void check(Structure structure, Checks checks) {
        List<Hedge> hedges = structure.hedges();
        if (!checks.count("/hedges", hedges.size(), Limits.MAX_HEDGES, "hedges")) {
            return;
        }
        Set<String> volatileIds = AssetRules.idsOf(structure.assets(), VolatileAsset.class);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < hedges.size(); i++) {
            Hedge hedge = hedges.get(i);
            String pointer = Pointers.child("/hedges", i);
            checks.uniqueName(pointer + "/name", hedge.name(), names, "hedge name");
            checkAsset(hedge, pointer, volatileIds, checks);
            checks.number(pointer + "/hedgeRatio", hedge.hedgeRatio(), Range.aboveUpTo(0, 1));
            if (hedge instanceof ProtectivePut put) {
                checks.number(pointer + "/strike", put.strike(), STRIKE);
                checks.number(pointer + "/tenorDays", put.tenorDays(), TENOR_DAYS);
                checks.number(pointer + "/impliedVolatility", put.impliedVolatility(),
                        Range.aboveUpTo(0, Limits.MAX_VOLATILITY));
                checks.number(pointer + "/volatilitySpread", put.volatilitySpread(), SPREAD);
                checks.number(pointer + "/riskFreeRate", put.riskFreeRate(), RISK_FREE);
            } else if (hedge instanceof PerpetualShort perp) {
                checks.number(pointer + "/rebalanceBand", perp.rebalanceBand(), Range.closed(0, 1));
                checks.number(pointer + "/fundingMean", perp.fundingMean(),
                        Range.closed(-Limits.MAX_RATE, Limits.MAX_RATE));
                checks.number(pointer + "/fundingVolatility", perp.fundingVolatility(), Range.closed(0, Limits.MAX_RATE));
            }
        }
    }

    /**
     * A volatile asset of the structure. That the pool holds it is not required: a hedge on an
     * asset the pool does not hold (directly or through an asset pegged to it) covers nothing,
     * like a position of an asset no scenario moves, so deleting the last position of an asset
     * does not make the structure invalid.
     */
    private static void checkAsset(Hedge hedge, String pointer, Set<String> volatileIds, Checks checks) {
        String id = hedge.asset();
        if (!volatileIds.contains(id)) {
            String found = id == null ? "missing" : "\"" + id + "\"";
            checks.report(pointer + "/asset", found + " is not a volatile asset of this structure; a hedge is on a"
                    + " VOLATILE asset, one of " + AssetRules.listing(volatileIds));
        }
    }
}

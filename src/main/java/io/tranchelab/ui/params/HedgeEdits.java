package io.tranchelab.ui.params;

import io.tranchelab.model.Asset;
import io.tranchelab.model.Hedge;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.Position;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.YieldPosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adding and removing hedges in the workbench (docs/model.md §5.6). A new hedge goes
 * on the volatile asset the pool's yield positions hold the most of by initial value (counting
 * assets pegged to it), with terms an analyst edits next: puts on half the units, struck at 80 %,
 * 90 days, priced at the asset's own volatility plus 5 points; a short on half the units, band
 * 5 points, funding 8 % a year with a volatility of 15 %.
 */
final class HedgeEdits {

    private HedgeEdits() {
    }

    /** The structure with a new put programme, or empty when it has no volatile asset to hedge. */
    static Optional<Structure> addPut(Structure s) {
        return hedgedAsset(s).map(a -> add(s, new ProtectivePut(uniqueName(s, a.id() + " puts"), a.id(), 0.5, 0.8, 90,
                Math.max(0.05, Math.min(5, a.volatility())), 0.05, 0)));
    }

    /** The structure with a new perpetual short, or empty when it has no volatile asset to hedge. */
    static Optional<Structure> addPerpShort(Structure s) {
        return hedgedAsset(s).map(a -> add(s, new PerpetualShort(uniqueName(s, a.id() + " perp short"), a.id(), 0.5,
                0.05, 0.08, 0.15)));
    }

    /** The structure without its last hedge (unchanged when it has none). */
    static Structure removeLast(Structure s) {
        return s.hedges().isEmpty() ? s : s.withHedges(s.hedges().subList(0, s.hedges().size() - 1));
    }

    static Optional<VolatileAsset> hedgedAsset(Structure s) {
        VolatileAsset best = null;
        double bestValue = -1;
        for (Asset asset : s.assets()) {
            if (!(asset instanceof VolatileAsset v)) {
                continue;
            }
            double value = 0;
            for (Position p : s.positions()) {
                if (p instanceof YieldPosition y && covers(s, v.id(), y.asset())) {
                    value += y.units() * v.price();
                }
            }
            if (value > bestValue) {
                best = v;
                bestValue = value;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean covers(Structure s, String hedged, String held) {
        return hedged.equals(held) || s.asset(held).filter(PeggedAsset.class::isInstance)
                .map(a -> hedged.equals(((PeggedAsset) a).reference())).orElse(false);
    }

    private static Structure add(Structure s, Hedge hedge) {
        List<Hedge> hedges = new ArrayList<>(s.hedges());
        hedges.add(hedge);
        return s.withHedges(hedges);
    }

    private static String uniqueName(Structure s, String base) {
        String name = base;
        for (int n = 2; exists(s, name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static boolean exists(Structure s, String name) {
        return s.hedges().stream().anyMatch(h -> name.equals(h.name()));
    }
}

package io.tranchelab.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

/** Checks the market's assets: ids, parameters and pegs. */
final class AssetRules {

    static final Range HALF_LIFE_DAYS = Range.closed(Limits.MIN_HALF_LIFE_DAYS, Limits.MAX_HALF_LIFE_DAYS);

    private AssetRules() {
    }

    static void check(List<Asset> assets, double horizonYears, Checks checks) {
        checks.count("/assets", assets.size(), Limits.MAX_ASSETS, "assets");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < assets.size(); i++) {
            Asset asset = assets.get(i);
            String pointer = Pointers.child("/assets", i);
            if (PeggedAsset.USD.equals(asset.id())) {
                checks.report(pointer + "/id", "\"USD\" is reserved for the dollar that pegged assets refer to;"
                        + " choose another id");
            } else {
                checks.uniqueName(pointer + "/id", asset.id(), ids, "asset id");
            }
            asset.marketDepth().ifPresent(depth -> checks.number(pointer + "/marketDepth", depth,
                    Range.aboveUpTo(0, Limits.MAX_DEPTH)));
            if (asset instanceof VolatileAsset v) {
                checkVolatile(v, pointer, checks);
                checkGrowth(v.drift(), horizonYears, pointer + "/drift", checks);
            } else if (asset instanceof PeggedAsset p) {
                checkPegged(p, pointer, assets, checks);
            }
        }
    }

    private static void checkVolatile(VolatileAsset asset, String pointer, Checks checks) {
        checks.number(pointer + "/price", asset.price(), Range.closed(Limits.MIN_PRICE, Limits.MAX_PRICE));
        checks.number(pointer + "/drift", asset.drift(), Range.closed(Limits.MIN_DRIFT, Limits.MAX_DRIFT));
        checks.number(pointer + "/volatility", asset.volatility(), Range.closed(0, Limits.MAX_VOLATILITY));
        Jumps jumps = asset.jumps();
        checks.number(pointer + "/jumps/intensity", jumps.intensity(), Range.closed(0, Limits.MAX_INTENSITY));
        checks.number(pointer + "/jumps/meanLogJump", jumps.meanLogJump(),
                Range.closed(Limits.MIN_MEAN_LOG_JUMP, Limits.MAX_MEAN_LOG_JUMP));
        checks.number(pointer + "/jumps/stdevLogJump", jumps.stdevLogJump(),
                Range.closed(0, Limits.MAX_STDEV_LOG_JUMP));
    }

    /**
     * Drift x horizon at most {@link Limits#MAX_DRIFT_TIMES_HORIZON}: the expected price may not
     * grow past what a run can represent (a drift of 300 %/yr is plausible over a year, not over 30).
     */
    static void checkGrowth(double drift, double horizonYears, String pointer, Checks checks) {
        if (Range.closed(Limits.MIN_DRIFT, Limits.MAX_DRIFT).contains(drift) && Double.isFinite(horizonYears)
                && drift * horizonYears > Limits.MAX_DRIFT_TIMES_HORIZON) {
            checks.report(pointer, "is " + Numbers.show(drift) + " over a horizon of " + Numbers.show(horizonYears)
                    + " years; drift x horizonYears must be at most " + Numbers.show(Limits.MAX_DRIFT_TIMES_HORIZON)
                    + " (at most " + Numbers.show(Limits.MAX_DRIFT_TIMES_HORIZON / horizonYears) + " per year here)");
        }
    }

    private static void checkPegged(PeggedAsset asset, String pointer, List<Asset> assets, Checks checks) {
        if (!asset.peggedToUsd()) {
            Set<String> volatileIds = idsOf(assets, VolatileAsset.class);
            if (!volatileIds.contains(asset.reference())) {
                String found = asset.reference() == null ? "missing" : "\"" + asset.reference() + "\"";
                checks.report(pointer + "/reference", found + " is not a VOLATILE asset of this structure;"
                        + " it must be \"USD\" or one of " + listing(volatileIds));
            }
        }
        Depeg depeg = asset.depeg();
        checks.number(pointer + "/depeg/intensity", depeg.intensity(), Range.closed(0, Limits.MAX_INTENSITY));
        checks.number(pointer + "/depeg/meanDepth", depeg.meanDepth(), Range.upTo(0, 1));
        checks.number(pointer + "/depeg/halfLifeDays", depeg.halfLifeDays(), HALF_LIFE_DAYS);
    }

    /** The ids of the assets of the given kind, sorted for messages; blank ids left out. */
    static Set<String> idsOf(List<Asset> assets, Class<? extends Asset> kind) {
        // Sorted, but a hash set: contains(null) must answer false for a draft with a missing reference.
        return assets.stream().filter(kind::isInstance).map(Asset::id).filter(id -> id != null && !id.isBlank())
                .sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "ETH, BTC" or "(none)", for saying what is allowed. */
    static String listing(Set<String> names) {
        return names.isEmpty() ? "(none defined)" : names.stream().map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(", "));
    }
}

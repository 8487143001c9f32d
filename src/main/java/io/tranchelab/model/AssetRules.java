package io.tranchelab.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

/** Checks the market's assets: ids, parameters and pegs. */
final class AssetRules {

    private AssetRules() {
    }

    static void check(List<Asset> assets, Checks checks) {
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
            asset.marketDepth().ifPresent(depth -> checks.number(pointer + "/marketDepth", depth, Range.above(0)));
            if (asset instanceof VolatileAsset v) {
                checkVolatile(v, pointer, checks);
            } else if (asset instanceof PeggedAsset p) {
                checkPegged(p, pointer, assets, checks);
            }
        }
    }

    private static void checkVolatile(VolatileAsset asset, String pointer, Checks checks) {
        checks.number(pointer + "/price", asset.price(), Range.above(0));
        checks.number(pointer + "/drift", asset.drift(), Range.any());
        checks.number(pointer + "/volatility", asset.volatility(), Range.atLeast(0));
        Jumps jumps = asset.jumps();
        checks.number(pointer + "/jumps/intensity", jumps.intensity(), Range.atLeast(0));
        checks.number(pointer + "/jumps/meanLogJump", jumps.meanLogJump(), Range.any());
        checks.number(pointer + "/jumps/stdevLogJump", jumps.stdevLogJump(), Range.atLeast(0));
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
        checks.number(pointer + "/depeg/intensity", depeg.intensity(), Range.atLeast(0));
        checks.number(pointer + "/depeg/meanDepth", depeg.meanDepth(), Range.upTo(0, 1));
        checks.number(pointer + "/depeg/halfLifeDays", depeg.halfLifeDays(), Range.above(0));
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

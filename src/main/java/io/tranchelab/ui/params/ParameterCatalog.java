package io.tranchelab.ui.params;

import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.edit.PositionValues;
import io.tranchelab.ui.edit.Selection;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parameters the panel shows for a selection. A position brings the asset it moves with
 * (and a pegged asset its reference), since volatility and depegs are what an analyst stresses
 * next to liquidation terms.
 */
public final class ParameterCatalog {

    private ParameterCatalog() {
    }

    public static List<ParameterGroup> forSelection(Structure s, Selection selection) {
        if (selection instanceof Selection.Tranche t && t.index() < s.tranches().size()) {
            return List.of(TrancheParameters.group(s, t.index()));
        }
        if (selection instanceof Selection.Position p && p.index() < s.positions().size()) {
            return positionGroups(s, p.index());
        }
        List<ParameterGroup> groups = new ArrayList<>(PoolParameters.groups(s));
        groups.addAll(HedgeParameters.groups(s, null)); // hedging overlay (§5.6)
        return groups;
    }

    private static List<ParameterGroup> positionGroups(Structure s, int index) {
        Position position = s.positions().get(index);
        List<ParameterGroup> groups = new ArrayList<>();
        groups.add(PositionParameters.group(s, index));
        groups.addAll(ScoringParameters.groups(s, index)); // a scored credit line: its history and the scorecard
        groups.addAll(ChainParameters.groups(s, index)); // cross-chain pools (model.md §2.10)
        String asset = PositionValues.assetOf(position);
        while (asset != null && s.assetIndex(asset) >= 0) {
            groups.add(AssetParameters.group(s, s.assetIndex(asset)));
            groups.addAll(HedgeParameters.groups(s, asset)); // the hedges on the position's asset (§5.6)
            asset = AssetParameters.referenceOf(s, asset);
        }
        return groups;
    }
}

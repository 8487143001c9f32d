package io.tranchelab.ui.edit;

import io.tranchelab.model.Asset;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Replacing one element of a structure's lists: the building block of every parameter edit. */
public final class StructureEdits {

    private StructureEdits() {
    }

    public static Structure replaceTranche(Structure s, int index, UnaryOperator<Tranche> change) {
        return s.withTranches(replaced(s.tranches(), index, change));
    }

    public static Structure replacePosition(Structure s, int index, UnaryOperator<Position> change) {
        return s.withPositions(replaced(s.positions(), index, change));
    }

    public static Structure replaceAsset(Structure s, int index, UnaryOperator<Asset> change) {
        return s.withAssets(replaced(s.assets(), index, change));
    }

    static <T> List<T> replaced(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(list.get(index)));
        return List.copyOf(copy);
    }

    static <T> List<T> moved(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return List.copyOf(copy);
    }
}

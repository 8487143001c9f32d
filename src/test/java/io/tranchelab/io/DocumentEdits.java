package io.tranchelab.io;

import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A fixed sequence of an analyst's edits for the autosave tests: edit k renames the structure
 * "edit k" and changes one more part of it, so the structure after edit k holds every edit up
 * to k. Some leave a draft the validator would refuse (shares no longer summing to 1).
 */
final class DocumentEdits {

    private DocumentEdits() {
    }

    /** The full example after edits 1 to {@code count}. */
    static Structure after(int count) {
        Structure structure = ExampleStructures.full();
        for (int k = 1; k <= count; k++) {
            structure = apply(structure, k);
        }
        return structure;
    }

    static Structure apply(Structure structure, int k) {
        Structure renamed = structure.withName("edit " + k);
        return switch (k % 6) {
            case 0 -> renamed.withInitialCash(structure.initialCash() + 1_000.5 * k);
            case 1 -> renamed.withDescription(structure.description() + " +" + k);
            case 2 -> renamed.withSimulation(structure.simulation().withPaths(structure.simulation().paths() + k));
            case 3 -> renamed.withScenarios(append(structure.scenarios(), new Scenario("scenario " + k, "", 1.0 + k,
                    Map.of(), OptionalDouble.empty(), 1.0, 1.0, List.of(new PriceShock("ETH", k, -0.01 * k)))));
            case 4 -> renamed.withTranches(replaceFirst(structure.tranches(),
                    structure.tranches().get(0).withCoupon(structure.tranches().get(0).coupon() + 0.001)));
            default -> renamed.withTranches(replaceFirst(structure.tranches(),
                    structure.tranches().get(0).withShare(structure.tranches().get(0).share() + 0.01)));
        };
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static List<Tranche> replaceFirst(List<Tranche> tranches, Tranche first) {
        List<Tranche> out = new ArrayList<>(tranches);
        out.set(0, first);
        return out;
    }
}

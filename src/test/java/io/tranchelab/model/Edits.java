package io.tranchelab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** One-line edits of a structure for validation tests. */
final class Edits {

    private Edits() {
    }

    static Structure asset(Structure s, int index, Asset asset) {
        return s.withAssets(replace(s.assets(), index, asset));
    }

    static Structure position(Structure s, int index, Position position) {
        return s.withPositions(replace(s.positions(), index, position));
    }

    static Structure tranche(Structure s, int index, UnaryOperator<Tranche> edit) {
        return s.withTranches(replace(s.tranches(), index, edit.apply(s.tranches().get(index))));
    }

    static Structure scenario(Structure s, UnaryOperator<Scenario> edit) {
        return s.withScenarios(List.of(edit.apply(s.scenarios().get(0))));
    }

    static Structure simulation(Structure s, UnaryOperator<SimulationSettings> edit) {
        return s.withSimulation(edit.apply(s.simulation()));
    }

    static YieldPosition staking(Structure s) {
        return (YieldPosition) s.positions().get(0);
    }

    static LoanBook book(Structure s) {
        return (LoanBook) s.positions().get(1);
    }

    static CreditLine line(Structure s) {
        return (CreditLine) s.positions().get(2);
    }

    static VolatileAsset eth(Structure s) {
        return (VolatileAsset) s.assets().get(0);
    }

    static PeggedAsset steth(Structure s) {
        return (PeggedAsset) s.assets().get(1);
    }

    static <T> List<T> copies(T item, int count) {
        return Collections.nCopies(count, item);
    }

    static <T> List<T> replace(List<T> list, int index, T item) {
        List<T> out = new ArrayList<>(list);
        out.set(index, item);
        return out;
    }

    static Scenario withShocks(Scenario s, Shock... shocks) {
        return new Scenario(s.name(), s.description(), s.volatilityMultiplier(), s.driftOverrides(),
                s.correlationOverride(), s.liquidationCapacityMultiplier(), s.marketDepthMultiplier(), List.of(shocks));
    }

    static Scenario renamed(Scenario s, String name) {
        return new Scenario(name, s.description(), s.volatilityMultiplier(), s.driftOverrides(),
                s.correlationOverride(), s.liquidationCapacityMultiplier(), s.marketDepthMultiplier(), s.shocks());
    }
}

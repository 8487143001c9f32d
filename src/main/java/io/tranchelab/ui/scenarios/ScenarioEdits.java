package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** A scenario with one part changed (the record has no withers: it is read more than edited). */
final class ScenarioEdits {

    private ScenarioEdits() {
    }

    static Scenario blank(String name) {
        return new Scenario(name, "", 1.0, Map.of(), OptionalDouble.empty(), 1.0, 1.0, List.of());
    }

    static Scenario renamed(Scenario s, String name) {
        return new Scenario(name, s.description(), s.volatilityMultiplier(), s.driftOverrides(),
                s.correlationOverride(), s.liquidationCapacityMultiplier(), s.marketDepthMultiplier(), s.shocks())
                .withCreditStress(s.defaultProbabilityMultiplier(), s.creditFactorShift());
    }

    static Scenario with(Scenario s, ScenarioField field, double value) {
        return new Scenario(s.name(), s.description(),
                field == ScenarioField.VOLATILITY ? value : s.volatilityMultiplier(),
                s.driftOverrides(),
                field == ScenarioField.CORRELATION
                        ? (Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value))
                        : s.correlationOverride(),
                field == ScenarioField.LIQUIDATION_CAPACITY ? value : s.liquidationCapacityMultiplier(),
                field == ScenarioField.MARKET_DEPTH ? value : s.marketDepthMultiplier(),
                s.shocks())
                .withCreditStress(field == ScenarioField.DEFAULT_PROBABILITY ? value : s.defaultProbabilityMultiplier(),
                        field == ScenarioField.CREDIT_FACTOR ? value : s.creditFactorShift());
    }

    /** A drift override set, or removed when {@code drift} is NaN. */
    static Scenario withDrift(Scenario s, String asset, double drift) {
        Map<String, Double> drifts = new HashMap<>(s.driftOverrides());
        if (Double.isNaN(drift)) {
            drifts.remove(asset);
        } else {
            drifts.put(asset, drift);
        }
        return new Scenario(s.name(), s.description(), s.volatilityMultiplier(), drifts, s.correlationOverride(),
                s.liquidationCapacityMultiplier(), s.marketDepthMultiplier(), s.shocks())
                .withCreditStress(s.defaultProbabilityMultiplier(), s.creditFactorShift());
    }

    static Scenario withShocks(Scenario s, List<Shock> shocks) {
        return new Scenario(s.name(), s.description(), s.volatilityMultiplier(), s.driftOverrides(),
                s.correlationOverride(), s.liquidationCapacityMultiplier(), s.marketDepthMultiplier(), shocks)
                .withCreditStress(s.defaultProbabilityMultiplier(), s.creditFactorShift());
    }

    static Scenario addShock(Scenario s, Shock shock) {
        List<Shock> shocks = new ArrayList<>(s.shocks());
        shocks.add(shock);
        return withShocks(s, shocks);
    }

    static Scenario removeShock(Scenario s, int index) {
        List<Shock> shocks = new ArrayList<>(s.shocks());
        shocks.remove(index);
        return withShocks(s, shocks);
    }
}

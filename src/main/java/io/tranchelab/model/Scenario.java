package io.tranchelab.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Named overrides on the market and shocks at given steps (docs/model.md §3). Multipliers of 1, no overrides and no
 * shocks leave the base case unchanged.
 *
 * @param driftOverrides                volatile asset id to the drift that replaces its own
 * @param correlationOverride           when present, every pairwise correlation becomes this
 * @param liquidationCapacityMultiplier scales every loan book's keeper capacity; 0 models keepers
 *                                      that fail, and applies to books with no cap as well
 * @param defaultProbabilityMultiplier  scales every credit line's annual PD (credit stress, §3.1)
 * @param creditFactorShift             added to the credit lines' systemic factor, in standard
 *                                      deviations; negative is a downturn (credit stress, §3.1)
 */
public record Scenario(
        String name,
        String description,
        double volatilityMultiplier,
        Map<String, Double> driftOverrides,
        OptionalDouble correlationOverride,
        double liquidationCapacityMultiplier,
        double marketDepthMultiplier,
        List<Shock> shocks,
        double defaultProbabilityMultiplier,
        double creditFactorShift) {

    public static final String BASE_NAME = "base";
    public static final Scenario BASE = new Scenario(BASE_NAME, "The structure as given", 1.0, Map.of(),
            OptionalDouble.empty(), 1.0, 1.0, List.of(), 1.0, 0.0);

    public Scenario {
        description = Objects.requireNonNullElse(description, "");
        driftOverrides = driftOverrides == null ? Map.of() : Map.copyOf(driftOverrides);
        correlationOverride = Objects.requireNonNullElse(correlationOverride, OptionalDouble.empty());
        shocks = shocks == null ? List.of() : List.copyOf(shocks);
    }

    /** A scenario that leaves credit lines unstressed. */
    public Scenario(String name, String description, double volatilityMultiplier, Map<String, Double> driftOverrides,
                    OptionalDouble correlationOverride, double liquidationCapacityMultiplier,
                    double marketDepthMultiplier, List<Shock> shocks) {
        this(name, description, volatilityMultiplier, driftOverrides, correlationOverride,
                liquidationCapacityMultiplier, marketDepthMultiplier, shocks, 1.0, 0.0);
    }

    /** This scenario with credit lines stressed: PDs times {@code pdMultiplier}, the factor shifted by {@code factorShift}. */
    public Scenario withCreditStress(double pdMultiplier, double factorShift) {
        return new Scenario(name, description, volatilityMultiplier, driftOverrides, correlationOverride,
                liquidationCapacityMultiplier, marketDepthMultiplier, shocks, pdMultiplier, factorShift);
    }

    /** Whether credit lines are stressed at all. */
    public boolean stressesCredit() {
        return defaultProbabilityMultiplier != 1.0 || creditFactorShift != 0.0;
    }
}

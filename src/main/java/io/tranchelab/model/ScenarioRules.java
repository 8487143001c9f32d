package io.tranchelab.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Checks the stress scenarios: names, overrides that keep the market well defined, and shocks. */
final class ScenarioRules {

    private static final Range MULTIPLIER = Range.closed(0, Limits.MAX_CAPACITY_MULTIPLIER);

    private ScenarioRules() {
    }

    static void check(Structure structure, Checks checks) {
        List<Scenario> scenarios = structure.scenarios();
        checks.count("/scenarios", scenarios.size(), Limits.MAX_SCENARIOS, "scenarios");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            String pointer = Pointers.child("/scenarios", i);
            if (Scenario.BASE_NAME.equalsIgnoreCase(scenario.name())) {
                checks.report(pointer + "/name", "\"" + scenario.name() + "\" is reserved for the implicit base case;"
                        + " choose another name");
            } else {
                checks.uniqueName(pointer + "/name", scenario.name(), names, "scenario name");
            }
            checks.length(pointer + "/description", scenario.description(), Limits.MAX_DESCRIPTION_LENGTH);
            checkOverrides(scenario, pointer, structure, checks);
            checks.count(pointer + "/shocks", scenario.shocks().size(), Limits.MAX_SHOCKS, "shocks");
            Map<String, Double> rises = new HashMap<>();
            for (int j = 0; j < scenario.shocks().size(); j++) {
                String shockPointer = Pointers.child(pointer + "/shocks", j);
                checkShock(scenario.shocks().get(j), shockPointer, structure, checks);
                checkRise(scenario.shocks().get(j), shockPointer, rises, checks);
            }
        }
    }

    private static void checkOverrides(Scenario scenario, String pointer, Structure structure, Checks checks) {
        if (checks.number(pointer + "/volatilityMultiplier", scenario.volatilityMultiplier(),
                Range.closed(0, Limits.MAX_VOLATILITY_MULTIPLIER))) {
            checkStressedVolatility(scenario.volatilityMultiplier(), pointer + "/volatilityMultiplier", structure,
                    checks);
        }
        checks.number(pointer + "/liquidationCapacityMultiplier", scenario.liquidationCapacityMultiplier(),
                MULTIPLIER);
        checks.number(pointer + "/marketDepthMultiplier", scenario.marketDepthMultiplier(), MULTIPLIER);
        checks.number(pointer + "/defaultProbabilityMultiplier", scenario.defaultProbabilityMultiplier(),
                Range.closed(0, Limits.MAX_PD_MULTIPLIER));
        checks.number(pointer + "/creditFactorShift", scenario.creditFactorShift(),
                Range.closed(-Limits.MAX_CREDIT_FACTOR_SHIFT, Limits.MAX_CREDIT_FACTOR_SHIFT));
        Set<String> volatileIds = AssetRules.idsOf(structure.assets(), VolatileAsset.class);
        for (Map.Entry<String, Double> entry : new TreeMap<>(scenario.driftOverrides()).entrySet()) {
            String entryPointer = Pointers.child(pointer + "/driftOverrides", entry.getKey());
            if (!volatileIds.contains(entry.getKey())) {
                checks.report(entryPointer, "\"" + entry.getKey() + "\" is not a VOLATILE asset of this structure;"
                        + " drift overrides apply to " + AssetRules.listing(volatileIds));
            }
            if (checks.number(entryPointer, entry.getValue(), Range.closed(Limits.MIN_DRIFT, Limits.MAX_DRIFT))) {
                AssetRules.checkGrowth(entry.getValue(), structure.simulation().horizonYears(), entryPointer, checks);
            }
        }
        scenario.correlationOverride().ifPresent(rho -> checkCorrelationOverride(rho,
                pointer + "/correlationOverride", structure.assets().size(), checks));
    }

    /** Constant correlation rho among n assets has eigenvalues 1 + (n-1) rho and 1 - rho. */
    private static void checkCorrelationOverride(double rho, String pointer, int n, Checks checks) {
        if (!checks.number(pointer, rho, Range.closed(-1, 1)) || n < 2) {
            return;
        }
        double lowest = -1.0 / (n - 1);
        if (1 + (n - 1) * rho < -CorrelationRules.PSD_TOLERANCE) {
            checks.report(pointer, "is " + Numbers.show(rho) + ", which makes the correlation matrix of " + n
                    + " assets not positive semi-definite; with " + n + " assets it must be at least "
                    + Numbers.show(lowest));
        }
    }

    private static void checkShock(Shock shock, String pointer, Structure structure, Checks checks) {
        int steps = structure.simulation().steps();
        checks.whole(pointer + "/step", shock.step(), 1, steps);
        if (shock instanceof PriceShock price) {
            Set<String> ids = AssetRules.idsOf(structure.assets(), Asset.class);
            if (!ids.contains(price.asset())) {
                checks.report(pointer + "/asset", quoted(price.asset()) + " is not an asset of this structure;"
                        + " it must be one of " + AssetRules.listing(ids));
            }
            checks.number(pointer + "/logReturn", price.logReturn(),
                    Range.closed(Limits.MIN_SHOCK_LOG_RETURN, Limits.MAX_SHOCK_LOG_RETURN));
        } else if (shock instanceof DepegShock depeg) {
            Set<String> pegged = AssetRules.idsOf(structure.assets(), PeggedAsset.class);
            if (!pegged.contains(depeg.asset())) {
                checks.report(pointer + "/asset", quoted(depeg.asset()) + " is not a PEGGED asset of this structure;"
                        + " a depeg shock applies to " + AssetRules.listing(pegged));
            }
            checks.number(pointer + "/depth", depeg.depth(), Range.upTo(0, 1));
            checks.number(pointer + "/halfLifeDays", depeg.halfLifeDays(), AssetRules.HALF_LIFE_DAYS);
        } else if (shock instanceof KeeperOutage outage) {
            // any asset: an outage on an asset no book lends against does nothing, and removing a
            // loan book in the workbench should not make the structure's scenarios invalid
            Set<String> ids = AssetRules.idsOf(structure.assets(), Asset.class);
            if (!ids.contains(outage.asset())) {
                checks.report(pointer + "/asset", quoted(outage.asset()) + " is not an asset of this structure;"
                        + " it must be one of " + AssetRules.listing(ids));
            }
            checks.whole(pointer + "/steps", outage.steps(), 1, steps);
            checks.number(pointer + "/capacityMultiplier", outage.capacityMultiplier(), MULTIPLIER);
        }
    }

    /** A volatility multiplier may not take any asset's volatility past {@link Limits#MAX_VOLATILITY}. */
    private static void checkStressedVolatility(double multiplier, String pointer, Structure structure, Checks checks) {
        for (Asset asset : structure.assets()) {
            if (asset instanceof VolatileAsset v && v.volatility() <= Limits.MAX_VOLATILITY
                    && v.volatility() * multiplier > Limits.MAX_VOLATILITY) {
                checks.report(pointer, "is " + Numbers.show(multiplier) + ", which takes the volatility of \""
                        + v.id() + "\" to " + Numbers.show(v.volatility() * multiplier) + "; stressed volatility must"
                        + " be at most " + Numbers.show(Limits.MAX_VOLATILITY) + " (use a multiplier of at most "
                        + Numbers.show(Limits.MAX_VOLATILITY / v.volatility()) + ")");
                return;
            }
        }
    }

    /**
     * The rises of one scenario's price shocks on one asset add up to at most {@link
     * Limits#MAX_SHOCK_RISE}: a thousand shocks of +5 each would otherwise take prices to Infinity.
     */
    private static void checkRise(Shock shock, String pointer, Map<String, Double> rises, Checks checks) {
        if (!(shock instanceof PriceShock price) || !(price.logReturn() > 0)
                || price.logReturn() > Limits.MAX_SHOCK_LOG_RETURN || price.asset() == null) {
            return;
        }
        double before = rises.getOrDefault(price.asset(), 0.0);
        double after = before + price.logReturn();
        rises.put(price.asset(), after);
        if (after > Limits.MAX_SHOCK_RISE && before <= Limits.MAX_SHOCK_RISE) {
            checks.report(pointer + "/logReturn", "brings the rises of this scenario's price shocks on \""
                    + price.asset() + "\" to " + Numbers.show(after) + "; together they must be at most "
                    + Numbers.show(Limits.MAX_SHOCK_RISE));
        }
    }

    private static String quoted(String text) {
        return text == null ? "missing" : "\"" + text + "\"";
    }
}

package io.tranchelab.scenario;

import io.tranchelab.model.DepegShock;
import io.tranchelab.model.KeeperOutage;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A historical episode written in days and well-known asset ids (ETH, stETH, USDC ...), which
 * becomes a {@link Scenario} for a particular structure: events land on the steps of its time
 * grid, and events on assets the structure does not hold are left out.
 */
record ScenarioTemplate(
        String name,
        String description,
        double volatilityMultiplier,
        Map<String, Double> driftOverrides,
        OptionalDouble correlationOverride,
        double marketDepthMultiplier,
        List<Event> events) {

    /** Something that happens on a day of the run, counted from 1. */
    sealed interface Event permits PriceMove, Depeg, Outage {
        String asset();

        double day();
    }

    record PriceMove(String asset, double day, double ratio) implements Event {
    }

    record Depeg(String asset, double day, double depth, double halfLifeDays) implements Event {
    }

    record Outage(String asset, double day, double days, double capacityMultiplier) implements Event {
    }

    /** Whether any of the episode's events or overrides touches an asset of the structure. */
    boolean appliesTo(Structure structure) {
        return events.stream().anyMatch(e -> appliesTo(e, structure))
                || driftOverrides.keySet().stream().anyMatch(id -> structure.asset(id).isPresent());
    }

    /** A depeg needs a pegged asset of that id; other events any asset of that id. */
    private static boolean appliesTo(Event event, Structure structure) {
        return structure.asset(event.asset())
                .filter(a -> !(event instanceof Depeg) || a instanceof PeggedAsset)
                .isPresent();
    }

    Scenario forStructure(Structure structure) {
        int stepsPerYear = structure.simulation().stepsPerYear();
        int steps = structure.simulation().steps();
        List<Shock> shocks = new ArrayList<>();
        for (Event event : events) {
            int step = stepOfDay(event.day(), stepsPerYear);
            if (!appliesTo(event, structure) || step > steps) {
                continue;
            }
            shocks.add(shock(event, step, steps, stepsPerYear));
        }
        Map<String, Double> drifts = new LinkedHashMap<>();
        driftOverrides.forEach((id, drift) -> structure.asset(id)
                .filter(a -> a instanceof io.tranchelab.model.VolatileAsset)
                .ifPresent(a -> drifts.put(id, drift)));
        return new Scenario(name, description, volatilityMultiplier, drifts, correlationOverride, 1.0,
                marketDepthMultiplier, shocks);
    }

    private static Shock shock(Event event, int step, int steps, int stepsPerYear) {
        if (event instanceof PriceMove m) {
            return new PriceShock(m.asset(), step, Math.log(m.ratio()));
        }
        if (event instanceof Depeg d) {
            return new DepegShock(d.asset(), step, d.depth(), d.halfLifeDays());
        }
        Outage o = (Outage) event;
        int length = Math.max(1, (int) Math.round(o.days() * stepsPerYear / 365.0));
        return new KeeperOutage(o.asset(), step, Math.min(steps - step + 1, length), o.capacityMultiplier());
    }

    /** The step that contains the given day: day 1 is the first step of a daily grid. */
    static int stepOfDay(double day, int stepsPerYear) {
        return Math.max(1, (int) Math.ceil(day * stepsPerYear / 365.0 - 1e-9));
    }
}

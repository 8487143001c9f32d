package io.tranchelab.io;

import io.tranchelab.model.DepegShock;
import io.tranchelab.model.KeeperOutage;
import io.tranchelab.model.Limits;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one element of {@code /scenarios}; absent overrides leave the base case unchanged. */
final class ScenarioReader {

    private ScenarioReader() {
    }

    static Optional<Scenario> read(NodeReader in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(JsonShape.SCENARIO);
        List<Shock> shocks = new ArrayList<>();
        for (NodeReader element : in.array("shocks", false, Limits.MAX_SHOCKS)) {
            readShock(element).ifPresent(shocks::add);
        }
        return Optional.of(new Scenario(in.text("name"), in.text("description", ""),
                in.number("volatilityMultiplier", 1.0), driftOverrides(in), in.optionalNumber("correlationOverride"),
                in.number("liquidationCapacityMultiplier", 1.0), in.number("marketDepthMultiplier", 1.0), shocks,
                in.number("defaultProbabilityMultiplier", 1.0), in.number("creditFactorShift", 0.0)));
    }

    private static Map<String, Double> driftOverrides(NodeReader in) {
        Map<String, Double> drifts = new LinkedHashMap<>();
        in.object("driftOverrides", false)
                .filter(overrides -> overrides.withinCount(overrides.fieldCount(), Limits.MAX_ASSETS, "fields"))
                .ifPresent(overrides -> {
                    Iterator<String> ids = overrides.fieldNames();
                    while (ids.hasNext()) {
                        String id = ids.next();
                        drifts.put(id, overrides.number(id));
                    }
                });
        return drifts;
    }

    private static Optional<Shock> readShock(NodeReader in) {
        return KindReader.shapeOf(in, JsonShape.SHOCKS, "shock").map(shape -> switch (shape) {
            case PRICE_SHOCK -> new PriceShock(in.text("asset"), in.whole("step"), in.number("logReturn"));
            case DEPEG_SHOCK -> new DepegShock(in.text("asset"), in.whole("step"), in.number("depth"),
                    in.number("halfLifeDays"));
            default -> new KeeperOutage(in.text("asset"), in.whole("step"), in.whole("steps"),
                    in.number("capacityMultiplier"));
        });
    }
}

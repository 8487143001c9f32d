package io.tranchelab.io;

import io.tranchelab.model.Hedge;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.ProtectivePut;

import java.util.Optional;

/** Reads one element of {@code /hedges} (schemaVersion 2), applying the format's defaults. */
final class HedgeReader {

    private HedgeReader() {
    }

    /** The hedge, or empty when its kind is unreadable (already reported). */
    static Optional<Hedge> read(NodeReader in) {
        return KindReader.shapeOf(in, JsonShape.HEDGES, "hedge").map(shape -> shape == JsonShape.PROTECTIVE_PUT
                ? new ProtectivePut(in.text("name"), in.text("asset"), in.number("hedgeRatio"), in.number("strike"),
                        in.number("tenorDays"), in.number("impliedVolatility"), in.number("volatilitySpread", 0),
                        in.number("riskFreeRate", 0))
                : new PerpetualShort(in.text("name"), in.text("asset"), in.number("hedgeRatio"),
                        in.number("rebalanceBand", 0), in.number("fundingMean"), in.number("fundingVolatility", 0)));
    }
}

package io.tranchelab.model;

import java.util.Objects;

/**
 * Units of an asset that pay {@code apr} on their current market value as cash (staking,
 * LP fees, lending supply), with optional loss events (slashing, exploits); docs/model.md §5.1.
 */
public record YieldPosition(String name, String asset, double units, double apr, LossEvents lossEvents)
        implements Position {

    public YieldPosition {
        lossEvents = Objects.requireNonNullElse(lossEvents, LossEvents.NONE);
    }

    public YieldPosition withUnits(double value) {
        return new YieldPosition(name, asset, value, apr, lossEvents);
    }

    public YieldPosition withApr(double value) {
        return new YieldPosition(name, asset, units, value, lossEvents);
    }

    public YieldPosition withLossEvents(LossEvents value) {
        return new YieldPosition(name, asset, units, apr, value);
    }
}

package io.tranchelab.model;

/** An instantaneous event in a scenario, at a step counted from 1 (the first step); docs/model.md §3.2. */
public sealed interface Shock permits PriceShock, DepegShock, KeeperOutage {

    String asset();

    int step();
}

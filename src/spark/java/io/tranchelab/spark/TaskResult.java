package io.tranchelab.spark;

import io.tranchelab.design.SweepRow;

import java.io.Serializable;

/** A task's answer with its index in the plan's order, where the driver puts it whatever the partitioning. */
record TaskResult(int index, SweepRow row) implements Serializable {
}

package io.tranchelab.spark;

import io.tranchelab.design.SweepCell;
import io.tranchelab.design.Variant;

import java.io.Serializable;

/**
 * One Spark task: the cell at {@code index} of the plan's fixed order, which is the cell of
 * structure {@code structure} (an index into the broadcast {@link SweepJob}) with its variant.
 */
record SweepTask(int index, int structure, Variant variant, SweepCell cell) implements Serializable {
}

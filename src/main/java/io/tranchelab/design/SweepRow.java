package io.tranchelab.design;

import java.io.Serializable;
import java.util.List;

/** A cell's answer: the request's metrics, in the request's order, for the cell's variant. */
public record SweepRow(SweepCell cell, String variant, List<Double> values) implements Serializable {

    public SweepRow {
        values = List.copyOf(values);
    }

    public double value(int metricIndex) {
        return values.get(metricIndex);
    }
}

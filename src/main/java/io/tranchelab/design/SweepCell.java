package io.tranchelab.design;

import java.io.Serializable;

/** The unit of work of a sweep: one variant of the request run under one scenario on one seed. */
public record SweepCell(int variantIndex, String scenario, long seed) implements Serializable {
}

package io.tranchelab.design;

import java.io.Serializable;
import java.util.Objects;

/**
 * One number of a structure set to a new value, addressed by its JSON pointer into the
 * structure's JSON form (docs/format.md), e.g. {@code /assets/0/volatility}. The pointer is
 * checked when the override is applied ({@link StructureOverrides#apply}), not here, so a
 * request can be built before the structure is at hand (a Spark task, a spec file).
 */
public record ParameterOverride(String pointer, double value) implements Serializable {

    public ParameterOverride {
        Objects.requireNonNull(pointer, "pointer");
    }
}

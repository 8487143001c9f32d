package io.tranchelab.design;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A structure to try: the base with these overrides applied, under a label for tables and charts. */
public record Variant(String label, List<ParameterOverride> overrides) implements Serializable {

    public static final String BASE_LABEL = "base";

    public Variant {
        Objects.requireNonNull(label, "label");
        overrides = List.copyOf(overrides);
    }

    /** The base structure itself. */
    public static Variant base() {
        return new Variant(BASE_LABEL, List.of());
    }

    public static Variant of(String label, ParameterOverride... overrides) {
        return new Variant(label, List.of(overrides));
    }
}

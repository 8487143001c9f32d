package io.tranchelab.design;

import java.util.List;

/**
 * The one number a solver varies: where it lives in the structure (a JSON pointer, docs/format.md;
 * null for a stress that is not part of the structure, such as the break-even crash), a label, its
 * unit, the range searched, the tolerance the answer is found to (in the parameter's own unit) and
 * the structure's present value (NaN when it has none).
 */
public record SolvedParameter(String pointer, String label, MetricUnit unit, double low, double high,
                              double tolerance, double current) {

    public SolvedParameter {
        if (!(low < high) || !(tolerance > 0)) {
            throw new IllegalArgumentException(label + ": the range [" + low + ", " + high
                    + "] must be increasing and the tolerance (" + tolerance + ") positive");
        }
    }

    /** The edit that sets the parameter to {@code value}: empty for a stress, which changes no field of the structure. */
    public List<ParameterOverride> overridesAt(double value) {
        return pointer == null ? List.of() : List.of(new ParameterOverride(pointer, value));
    }
}

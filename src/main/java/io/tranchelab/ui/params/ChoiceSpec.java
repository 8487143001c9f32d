package io.tranchelab.ui.params;

import io.tranchelab.model.Structure;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/**
 * One choice among named options (the waterfall's kind): which option the structure has, and
 * the structure with another one chosen.
 *
 * @param options the options' labels, in the order the index counts them
 */
public record ChoiceSpec(
        String id,
        String label,
        String tooltip,
        List<String> options,
        ToIntFunction<Structure> getter,
        BiFunction<Structure, Integer, Structure> setter) implements ParameterSpec {
}

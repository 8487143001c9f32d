package io.tranchelab.ui.params;

import io.tranchelab.model.Structure;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One editable choice of a structure among named options (a rule, a kind): the options the
 * structure offers now, the one it has, and how to make the edited structure.
 *
 * @param id      stable key, also the id of the row's control ("choice-reinvestment")
 * @param options the options to offer for the structure, as shown
 * @param getter  the option the structure has (one of {@code options})
 * @param setter  the structure with the chosen option
 */
public record ChoiceSpec(
        String id,
        String label,
        String tooltip,
        Function<Structure, List<String>> options,
        Function<Structure, String> getter,
        BiFunction<Structure, String, Structure> setter) implements ParameterSpec {
}

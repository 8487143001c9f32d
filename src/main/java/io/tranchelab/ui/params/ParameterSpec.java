package io.tranchelab.ui.params;

/** An editable parameter of the selection: a single number, or a range of two. */
public sealed interface ParameterSpec permits NumberSpec, RangeSpec, ChoiceSpec {

    String id();

    String label();

    String tooltip();
}

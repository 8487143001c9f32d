package io.tranchelab.io;

import io.tranchelab.model.Problem;

import java.util.List;

/** A structure file that cannot be loaded: every problem found, each naming its field. */
public final class StructureFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public StructureFormatException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid structure" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

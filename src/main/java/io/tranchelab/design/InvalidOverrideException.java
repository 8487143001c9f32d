package io.tranchelab.design;

import io.tranchelab.model.Problem;

import java.util.List;

/**
 * Overrides that do not make a valid structure: a pointer that names no number, or a value the
 * validator refuses. Each problem names its field as a JSON pointer; the message is the first.
 */
public final class InvalidOverrideException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidOverrideException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid override" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidOverrideException(String pointer, String message) {
        this(List.of(new Problem(pointer, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

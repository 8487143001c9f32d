package io.tranchelab.model;

import java.util.List;

/**
 * Checks the meaning of a structure (shares sum to 1, references resolve, the correlation
 * matrix is a correlation matrix ...). Every problem names its field as a JSON pointer.
 */
public final class StructureValidator {

    private StructureValidator() {
    }

    public static List<Problem> validate(Structure structure) {
        return List.of(); // TODO(io helper): implement
    }
}

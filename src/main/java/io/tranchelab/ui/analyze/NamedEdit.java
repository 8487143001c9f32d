package io.tranchelab.ui.analyze;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;

import java.util.List;

/**
 * Where an analysis applies its answer: one undoable edit under its own name ("Apply solved
 * Senior share 81.20 %"), refused with the problems it would add (the workbench's view model).
 */
@FunctionalInterface
public interface NamedEdit {

    /** @return the problems that refused the edit; empty when it was applied */
    List<Problem> apply(Structure next, String name);
}

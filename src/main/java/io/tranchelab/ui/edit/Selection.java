package io.tranchelab.ui.edit;

/**
 * What the analyst clicked on the structure canvas; the parameter panel edits it. Indices
 * refer to the current structure's lists, so an edit that removes or reorders elements moves
 * the selection with it (see {@link StructureEdits}).
 */
public sealed interface Selection {

    /** The structure as a whole: waterfall terms and simulation settings. */
    record Pool() implements Selection {
    }

    record Tranche(int index) implements Selection {
    }

    record Position(int index) implements Selection {
    }

    Selection POOL = new Pool();
}

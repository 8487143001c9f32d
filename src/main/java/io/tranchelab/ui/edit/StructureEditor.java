package io.tranchelab.ui.edit;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;

import java.util.List;

/**
 * Where views' edits go. An edit proposes a whole new structure; one that would introduce a
 * validation problem is refused and its problems returned, so a bad value is flagged where it
 * was typed and never reaches the document or the simulation.
 */
public interface StructureEditor {

    Structure current();

    /**
     * @param ongoing true while a gesture (slider or boundary drag) continues: the edits of one
     *                gesture make one undo step, and they start quick preview runs
     * @return the problems that refused the edit; empty when it was applied
     */
    List<Problem> edit(Structure next, boolean ongoing);

    /**
     * An edit that is one undo step under its own name ("Move SOL staking to Solana"), for edits
     * the difference of the two structures would name poorly. An editor without names applies it
     * as an unnamed edit.
     *
     * @return the problems that refused the edit; empty when it was applied
     */
    default List<Problem> edit(Structure next, String name) {
        return edit(next, false);
    }

    /** The gesture ended (slider or mouse released): close the undo step and start a full run. */
    void endGesture();
}

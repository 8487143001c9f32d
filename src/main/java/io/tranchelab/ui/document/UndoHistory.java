package io.tranchelab.ui.document;

import io.tranchelab.model.Structure;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo as stacks of whole structures: the model is immutable, so a step back is just
 * the previous value. A gesture (a slider or boundary drag) records one step however many
 * intermediate values it passes through.
 */
final class UndoHistory {

    private static final int LIMIT = 200;

    private final Deque<Structure> undo = new ArrayDeque<>();
    private final Deque<Structure> redo = new ArrayDeque<>();
    private boolean inGesture;

    /** Records {@code before} as an undo point unless the current gesture already recorded one. */
    void recordEdit(Structure before, boolean gestureContinues) {
        if (!inGesture) {
            undo.push(before);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
        }
        inGesture = gestureContinues;
    }

    void endGesture() {
        inGesture = false;
    }

    boolean inGesture() {
        return inGesture;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would take back ("Change volatility"), null when nothing. */
    String undoName(Structure current) {
        return undo.isEmpty() ? null : EditNames.describe(undo.peek(), current);
    }

    /** What Redo would do again, null when nothing. */
    String redoName(Structure current) {
        return redo.isEmpty() ? null : EditNames.describe(current, redo.peek());
    }

    Structure undo(Structure current) {
        inGesture = false;
        redo.push(current);
        return undo.pop();
    }

    Structure redo(Structure current) {
        inGesture = false;
        undo.push(current);
        return redo.pop();
    }

    void clear() {
        undo.clear();
        redo.clear();
        inGesture = false;
    }
}

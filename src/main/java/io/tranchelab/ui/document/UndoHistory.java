package io.tranchelab.ui.document;

import io.tranchelab.model.Structure;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo as stacks of whole structures: the model is immutable, so a step back is just
 * the previous value. A gesture (a slider or boundary drag) records one step however many
 * intermediate values it passes through. A step is named from the difference of its two
 * structures, unless the edit named itself (an analysis applying a solved value changes several
 * numbers at once, and "Edit 3 values" would not say which answer was applied).
 */
final class UndoHistory {

    private static final int LIMIT = 200;

    /** A structure to go back (or forward) to, and the edit's own name (null: named from the difference). */
    private record Step(Structure structure, String name) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private boolean inGesture;

    /** Records {@code before} as an undo point unless the current gesture already recorded one. */
    void recordEdit(Structure before, boolean gestureContinues) {
        recordEdit(before, gestureContinues, null);
    }

    /** As {@link #recordEdit(Structure, boolean)}, the step named {@code name} (null: from the difference). */
    void recordEdit(Structure before, boolean gestureContinues, String name) {
        if (!inGesture) {
            undo.push(new Step(before, name));
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
        if (undo.isEmpty()) {
            return null;
        }
        Step step = undo.peek();
        return step.name() != null ? step.name() : EditNames.describe(step.structure(), current);
    }

    /** What Redo would do again, null when nothing. */
    String redoName(Structure current) {
        if (redo.isEmpty()) {
            return null;
        }
        Step step = redo.peek();
        return step.name() != null ? step.name() : EditNames.describe(current, step.structure());
    }

    Structure undo(Structure current) {
        inGesture = false;
        Step step = undo.pop();
        redo.push(new Step(current, step.name())); // the same edit, done again, keeps its name
        return step.structure();
    }

    Structure redo(Structure current) {
        inGesture = false;
        Step step = redo.pop();
        undo.push(new Step(current, step.name()));
        return step.structure();
    }

    void clear() {
        undo.clear();
        redo.clear();
        inGesture = false;
    }
}

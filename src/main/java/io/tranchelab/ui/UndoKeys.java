package io.tranchelab.ui;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo the document even while a text field has
 * the focus. A text field handles these keys itself, so without this the menu's shortcuts do
 * nothing once the analyst has clicked into a field.
 *
 * <p>The choice: a field with typing of its own not yet committed (its text differs from what
 * it showed when it got the focus or was last committed with Enter) keeps the keys, so Ctrl+Z
 * first takes back the typing, as in any text field; once the field is back to its committed
 * text, the next Ctrl+Z undoes the document. Committed values are document edits, so undoing
 * them is the document's job.
 */
public final class UndoKeys {

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Y");
    private static final String COMMITTED = "tranchelab.committedText";

    private UndoKeys() {
    }

    /** Installs the keys on {@code root} (the main window, or a window that edits the document: Chains). */
    public static void install(Node root, WorkbenchViewModel viewModel) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = UNDO.match(e) ? viewModel::undo
                    : REDO.match(e) || REDO_ALT.match(e) ? viewModel::redo : null;
            if (action == null || e.getTarget() instanceof TextInputControl field && hasOwnEdit(field)) {
                return;
            }
            e.consume();
            action.run();
            if (e.getTarget() instanceof TextInputControl field) {
                remember(field); // the field now shows the undone value: that is committed too
            }
        });
        // Enter in a field commits; handlers see the action after the field's own, so its new text
        root.addEventHandler(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof TextInputControl field) {
                remember(field);
            }
        });
        root.sceneProperty().addListener((o, was, scene) -> followFocus(scene));
        followFocus(root.getScene());
    }

    private static void followFocus(Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((o, was, now) -> {
                if (now instanceof TextInputControl field) {
                    remember(field);
                }
            });
        }
    }

    private static void remember(TextInputControl field) {
        field.getProperties().put(COMMITTED, field.getText());
    }

    static boolean hasOwnEdit(TextInputControl field) {
        Object committed = field.getProperties().get(COMMITTED);
        return committed != null && !committed.equals(field.getText());
    }
}

package io.tranchelab.ui.scenarios;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** Esc closes a secondary window (scenario editor, compare), as it does a dialog. */
public final class EscapeCloses {

    private EscapeCloses() {
    }

    /** Call after the stage has its scene. An Esc a control uses first (a combo's popup) does not close. */
    public static void install(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
    }
}

package io.tranchelab.ui.params;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The red line under a field that says why its value was refused; takes no space when empty. */
final class ErrorLine {

    private ErrorLine() {
    }

    static Label boundTo(ReadOnlyStringProperty error, Node... fields) {
        Label line = new Label();
        line.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "param-error");
        line.setWrapText(true);
        line.textProperty().bind(error);
        line.visibleProperty().bind(error.isNotNull());
        line.managedProperty().bind(line.visibleProperty());
        error.addListener((o, was, now) -> {
            for (Node field : fields) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null);
            }
        });
        return line;
    }
}

package io.tranchelab.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The status bar's text: the newest message of any source it follows (a run finished, a file
 * saved, a save failed, work restored). Sources report by changing their value; null is silence.
 */
public final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper side = new ReadOnlyStringWrapper(this, "side", "");

    /** Shows {@code source}'s messages from now on, starting with its current one if any. */
    public void follow(ObservableValue<String> source) {
        show(source.getValue());
        source.addListener((o, was, now) -> show(now));
    }

    /** A standing state shown apart from the messages ("Autosaved 14:03:05"), so it never hides them. */
    public void followSide(ObservableValue<String> source) {
        side.bind(source);
    }

    private void show(String message) {
        if (message != null && !message.isEmpty()) {
            text.set(message);
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sideProperty() {
        return side.getReadOnlyProperty();
    }
}

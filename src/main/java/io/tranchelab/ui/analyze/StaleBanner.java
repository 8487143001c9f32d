package io.tranchelab.ui.analyze;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;

/** Says, above a chart, that it was computed for a structure or scenario no longer edited. */
final class StaleBanner extends Label {

    static final String TEXT = "Stale: the structure or scenario changed after this run. The chart is about the"
            + " previous one; Run again to update it.";

    StaleBanner(String id, ObservableBooleanValue stale) {
        super(TEXT);
        setId(id);
        setWrapText(true);
        getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        visibleProperty().bind(stale);
        managedProperty().bind(visibleProperty());
    }
}

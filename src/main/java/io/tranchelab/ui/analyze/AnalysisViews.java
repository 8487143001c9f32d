package io.tranchelab.ui.analyze;

import io.tranchelab.ui.run.TaskProgress;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.jfree.chart.plot.Plot;

import java.util.function.Consumer;

/** The small pieces the Analyze window's views are built of, so that the three tabs look and behave alike. */
final class AnalysisViews {

    private AnalysisViews() {
    }

    /** A row of labels and fields that wraps when the window is narrow. */
    static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }

    static TextField field(String id, int columns, StringProperty text) {
        TextField field = field(id, columns);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /** A wrapping label that shows {@code value}. */
    static Label text(String id, ObservableValue<String> value) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(value);
        return label;
    }

    /** The message line under a chart: what was skipped, stopped or failed. */
    static Label messageLine(String id, ObservableValue<String> value) {
        Label message = text(id, value);
        message.setPadding(new Insets(4, 8, 6, 8));
        return message;
    }

    /**
     * Shows each picture the analysis produces on its chart; until the first, the chart says what
     * to do ({@code idle}) or that a run is under way.
     */
    static <P> void showPictures(ObservableValue<P> picture, Consumer<P> show, Plot plot, String idle,
                                 TaskProgress progress) {
        picture.addListener((o, was, now) -> {
            if (now != null) {
                show.accept(now);
            }
        });
        if (picture.getValue() != null) {
            show.accept(picture.getValue());
        }
        plot.setNoDataMessage(idle);
        progress.runningProperty().addListener((o, was, now) -> {
            if (picture.getValue() == null) {
                plot.setNoDataMessage(now ? "Running; see the progress above." : idle);
            }
        });
    }
}

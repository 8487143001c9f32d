package io.tranchelab.ui;

import io.tranchelab.ui.metrics.MetricsTableView;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The main window's centre, reflowed to the window: the structure and parameters on the left,
 * the charts on the right, and the metrics table under the charts when the charts' side is wide
 * enough for all its columns, else across the window's whole width (at 1024 px the right side is
 * about 680 px; the ten columns need about 800). The table never scrolls sideways.
 */
final class WorkbenchLayout extends BorderPane {

    private final BorderPane right;
    private final MetricsTableView metrics;
    /** The metrics table with what goes under it (a cross-chain pool's Chains panel): placed together. */
    private final javafx.scene.layout.VBox results;
    private final SplitPane split;

    WorkbenchLayout(Node left, Node charts, MetricsTableView metrics, Node... underMetrics) {
        setId("workbench-layout");
        this.metrics = metrics;
        results = new javafx.scene.layout.VBox(metrics);
        results.getChildren().addAll(underMetrics);
        right = new BorderPane(charts);
        right.setBottom(results);
        split = new SplitPane(left, right);
        // the left side keeps its width when the window is resized; the charts take the change
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
        split.widthProperty().addListener((o, was, now) -> {
            if (was.doubleValue() <= 0 && now.doubleValue() > 0) {
                split.setDividerPositions(leftShare(now.doubleValue()));
            }
        });
        right.widthProperty().addListener((o, was, now) -> reflowLater());
        metrics.neededWidthProperty().addListener((o, was, now) -> reflowLater());
    }

    /**
     * The left side's first share of the window: wide enough for the tranche stack's labels
     * (about 400 px, more on a wide screen), never more than 42 %.
     */
    static double leftShare(double width) {
        return Math.max(0.28, Math.min(0.42, Math.max(LEFT_WIDTH, 0.28 * width) / width));
    }

    /** The left side's width in px at the first show, on screens up to about 1360 px wide. */
    static final double LEFT_WIDTH = 400;

    /** True while the table spans the window under both sides. */
    boolean tableAcross() {
        return getBottom() == results;
    }

    private boolean reflowPending;

    /** After the layout pass that changed the width: moving children during it breaks the pass. */
    private void reflowLater() {
        if (!reflowPending) {
            reflowPending = true;
            javafx.application.Platform.runLater(() -> {
                reflowPending = false;
                reflow();
            });
        }
    }

    private void reflow() {
        if (right.getWidth() <= 0) {
            return;
        }
        boolean across = metrics.neededWidthProperty().get() > right.getWidth();
        if (across == tableAcross()) {
            return;
        }
        if (across) {
            right.setBottom(null);
            setBottom(results);
        } else {
            setBottom(null);
            right.setBottom(results);
        }
    }
}

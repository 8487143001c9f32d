package io.tranchelab.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench reflows to its window: at 1024 x 700 (and 1366 x 768) no control lies outside
 * the window or past the right edge of the panel that holds it, no label or metrics cell is cut
 * with an ellipsis, the metrics table never scrolls sideways, and every chart shown is big
 * enough to read.
 */
@ExtendWith(ApplicationExtension.class)
class ReflowUiTest {

    private WorkbenchOnStage shown;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = WorkbenchOnStage.show(stage, 1024, 700);
    }

    @AfterEach
    void stop() {
        shown.close();
    }

    @Test
    void at1024x700EverythingFitsTheTableSpansTheWindowAndTheChartsAreTabs(FxRobot robot) throws Exception {
        shown.awaitFullRun();
        Scene scene = stage.getScene();
        assertEquals(1024, scene.getWidth(), 1);
        assertEverythingFits(scene);
        WorkbenchLayout layout = robot.lookup("#workbench-layout").query();
        assertTrue(layout.tableAcross(), "at 1024 px the table goes under both sides");
        assertTrue(shown.workbench().window().lookup("#chart-tabs") != null
                && shown.workbench().window().lookup("#chart-tabs").isVisible(), "one chart at a time, as tabs");
        ChartViewer shownChart = visibleCharts(scene).get(0);
        assertTrue(shownChart.getWidth() >= 550 && shownChart.getHeight() >= 280,
                "the chart is big enough to read: " + shownChart.getWidth() + " x " + shownChart.getHeight());
    }

    @Test
    void at1366x768TheTableSitsUnderTheChartsInAGridAndEverythingFits(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        shown.awaitFullRun();
        // a few pulses: the table moves under the charts and lays out its cells again
        for (int i = 0; i < 5; i++) {
            robot.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        Scene scene = stage.getScene();
        assertEverythingFits(scene);
        List<ChartViewer> charts = visibleCharts(scene);
        javafx.scene.layout.Region area = (javafx.scene.layout.Region) scene.getRoot().lookup("#charts");
        assertEquals(4, charts.size(), "a 2 x 2 grid where there is room: charts' area " + area.getWidth() + " x "
                + area.getHeight() + ", table across: " + ((WorkbenchLayout) scene.getRoot().lookup("#workbench-layout")).tableAcross());
        for (ChartViewer chart : charts) {
            assertTrue(chart.getWidth() >= 380 && chart.getHeight() >= 190,
                    chart.getId() + " readable: " + chart.getWidth() + " x " + chart.getHeight());
        }
    }

    private static List<ChartViewer> visibleCharts(Scene scene) {
        List<ChartViewer> out = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll(".chart-viewer")) {
            if (node instanceof ChartViewer viewer && shownOnScreen(viewer)) {
                out.add(viewer);
            }
        }
        if (out.isEmpty()) {
            for (Node node : scene.getRoot().lookupAll("*")) {
                if (node instanceof ChartViewer viewer && shownOnScreen(viewer)) {
                    out.add(viewer);
                }
            }
        }
        return out;
    }

    private static void assertEverythingFits(Scene scene) {
        List<String> problems = new ArrayList<>();
        int controls = 0;
        for (Node node : scene.getRoot().lookupAll("*")) {
            if (!(node instanceof Control) || !shownOnScreen(node) || insideVirtualised(node)) {
                continue;
            }
            controls++;
            Bounds b = node.localToScene(node.getLayoutBounds());
            Bounds limit = horizontalLimit(node, scene);
            if (b.getMinX() < -1 || b.getMaxX() > limit.getMaxX() + 1) {
                problems.add("past the right edge (" + Math.round(b.getMaxX()) + " > " + Math.round(limit.getMaxX())
                        + "): " + describe(node));
            }
            if (insideScrollPane(node) == null && (b.getMinY() < -1 || b.getMaxY() > scene.getHeight() + 1)) {
                problems.add("below the window: " + describe(node));
            }
            if (node instanceof Labeled labeled && cut(labeled)) {
                problems.add("cut: " + describe(node));
            }
        }
        assertTrue(controls > 40, "controls checked: " + controls);

        TableView<?> table = (TableView<?>) scene.getRoot().lookup("#metrics-table");
        double columns = 0;
        for (TableColumn<?, ?> column : table.getColumns()) {
            columns += column.getWidth();
            Labeled header = (Labeled) column.getGraphic();
            if (cut(header)) {
                problems.add("header cut: " + header.getText());
            }
        }
        if (columns > table.getWidth()) {
            problems.add("the columns (" + columns + " px) are wider than the table (" + table.getWidth() + " px)");
        }
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible()) {
                problems.add("the metrics table scrolls sideways");
            }
        }
        int cells = 0;
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof Labeled cell && cell.getText() != null && !cell.getText().isEmpty()) {
                cells++;
                if (cut(cell)) {
                    problems.add("metrics cell cut: " + cell.getText());
                }
            }
        }
        assertTrue(cells >= 20, "cells checked: " + cells);

        ScrollPane parameters = (ScrollPane) scene.getRoot().lookup("#parameter-panel");
        if (parameters != null) {
            assertEquals(ScrollPane.ScrollBarPolicy.NEVER, parameters.getHbarPolicy(), "parameters scroll only vertically");
            if (parameters.getContent().getLayoutBounds().getWidth() > parameters.getViewportBounds().getWidth() + 1) {
                problems.add("the parameters are wider than their panel");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** A labeled control's shown text differs from its text only when cut with an ellipsis. */
    private static boolean cut(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty()) {
            return false;
        }
        Node text = labeled.lookup(".text");
        if (!(text instanceof Text shownText)) {
            return false;
        }
        String a = shownText.getText().replaceAll("\\s+", " ").trim();
        String b = labeled.getText().replaceAll("\\s+", " ").trim();
        if (labeled.isMnemonicParsing()) {
            b = b.replaceFirst("_(?=\\S)", ""); // "Add _put programme" shows as "Add put programme"
        }
        return !a.equals(b);
    }

    /** Visible along its whole parent chain, so on screen (or in a scrolled panel). */
    private static boolean shownOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Rows of a list or table are virtualised: what is scrolled away is no layout problem. */
    private static boolean insideVirtualised(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ListView<?> || (p instanceof TableView<?> && !"metrics-table".equals(p.getId()))) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane insideScrollPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    /** The window, or for a control in a scroll pane, that pane's visible area. */
    private static Bounds horizontalLimit(Node node, Scene scene) {
        ScrollPane pane = insideScrollPane(node);
        if (pane == null) {
            return new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        }
        Bounds pb = pane.localToScene(pane.getLayoutBounds());
        return new javafx.geometry.BoundingBox(pb.getMinX(), pb.getMinY(),
                Math.min(pb.getWidth(), scene.getWidth() - pb.getMinX()), pb.getHeight());
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        Bounds b = node.localToScene(node.getLayoutBounds());
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text
                + String.format(java.util.Locale.US, " at %.0f,%.0f %.0fx%.0f", b.getMinX(), b.getMinY(),
                b.getWidth(), b.getHeight());
    }
}

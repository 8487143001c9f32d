package io.tranchelab.ui.export;

import io.tranchelab.ui.export.ExportViewModel.ChartFormat;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.jfree.chart.fx.ChartViewer;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Puts "Save as PNG..." and "Save as SVG..." first in every chart's context menu; the file has
 * the chart's size on screen.
 */
public final class ChartExportMenu {

    private ChartExportMenu() {
    }

    /** Installs the menu on every chart viewer under {@code root}. */
    public static void installAll(Parent root, ExportViewModel exports) {
        for (Node node : root.lookupAll("*")) {
            if (node instanceof ChartViewer viewer) {
                install(viewer, exports);
            }
        }
    }

    public static void install(ChartViewer viewer, ExportViewModel exports) {
        MenuItem png = new MenuItem("Save as PNG...");
        png.setOnAction(e -> ask(viewer, exports, ChartFormat.PNG));
        MenuItem svg = new MenuItem("Save as SVG...");
        svg.setOnAction(e -> ask(viewer, exports, ChartFormat.SVG));
        viewer.getContextMenu().getItems().addAll(0, java.util.List.of(png, svg, new SeparatorMenuItem()));
    }

    private static void ask(ChartViewer viewer, ExportViewModel exports, ChartFormat format) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        String title = viewer.getChart().getTitle() == null ? "chart" : viewer.getChart().getTitle().getText();
        ExportFileChooser.choose(viewer, "Save chart as " + format, ExportFileChooser.fileName(title), extension)
                .ifPresent(path -> save(viewer, exports, format, path));
    }

    /** The menu's action once a file is chosen. */
    public static boolean save(ChartViewer viewer, ExportViewModel exports, ChartFormat format, Path path) {
        int width = (int) Math.max(1, Math.round(viewer.getWidth()));
        int height = (int) Math.max(1, Math.round(viewer.getHeight()));
        return exports.saveChart(viewer.getChart(), format, width, height, path);
    }
}

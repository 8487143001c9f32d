package io.tranchelab.ui.export;

import io.tranchelab.chart.ChartFonts;
import io.tranchelab.ui.export.ExportViewModel.ChartFormat;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Every chart's context menu, replacing JFreeChart's own (whose "Export As" duplicated ours):
 * a PNG for slides at {@value #SLIDE_WIDTH}x{@value #SLIDE_HEIGHT}, a PNG at twice the size on
 * screen, a vector SVG, and a copy to the clipboard. A big PNG is the chart drawn for a
 * {@value #SLIDE_WIDTH}/{@value #FONT_SCALE} wide page with its fonts scaled by
 * {@value #FONT_SCALE}, so the text is as readable as on screen, not a 356x234 thumbnail.
 */
public final class ChartExportMenu {

    public static final int SLIDE_WIDTH = 1920;
    public static final int SLIDE_HEIGHT = 1080;
    public static final int FONT_SCALE = 2;

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
        MenuItem slide = new MenuItem("Save as PNG, " + SLIDE_WIDTH + "x" + SLIDE_HEIGHT + "...");
        slide.setId("export-png-slide");
        slide.setOnAction(e -> ask(viewer, exports, ChartFormat.PNG, false));
        MenuItem doubled = new MenuItem("Save as PNG, 2x the size on screen...");
        doubled.setId("export-png-2x");
        doubled.setOnAction(e -> ask(viewer, exports, ChartFormat.PNG, true));
        MenuItem svg = new MenuItem("Save as SVG (vector)...");
        svg.setId("export-svg");
        svg.setOnAction(e -> ask(viewer, exports, ChartFormat.SVG, false));
        MenuItem copy = new MenuItem("Copy image");
        copy.setId("export-copy");
        copy.setOnAction(e -> copy(viewer));
        // once each, and nothing of JFreeChart's default menu beside them
        viewer.getContextMenu().getItems().setAll(List.of(slide, doubled, svg, new SeparatorMenuItem(), copy));
    }

    private static void ask(ChartViewer viewer, ExportViewModel exports, ChartFormat format, boolean doubled) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        String title = viewer.getChart().getTitle() == null ? "chart" : viewer.getChart().getTitle().getText();
        ExportFileChooser.choose(viewer, "Save chart as " + format, ExportFileChooser.fileName(title), extension)
                .ifPresent(path -> {
                    if (doubled) {
                        saveDoubled(viewer, exports, path);
                    } else {
                        save(viewer, exports, format, path);
                    }
                });
    }

    /** The menu's default action once a file is chosen: a PNG for slides, or an SVG of the size on screen. */
    public static boolean save(ChartViewer viewer, ExportViewModel exports, ChartFormat format, Path path) {
        if (format == ChartFormat.PNG) {
            return exports.saveChart(scaledCopy(viewer.getChart(), FONT_SCALE), format, SLIDE_WIDTH, SLIDE_HEIGHT,
                    path);
        }
        return exports.saveChart(viewer.getChart(), format, screenWidth(viewer), screenHeight(viewer), path);
    }

    /** A PNG of twice the size on screen, laid out as on screen. */
    public static boolean saveDoubled(ChartViewer viewer, ExportViewModel exports, Path path) {
        return exports.saveChart(scaledCopy(viewer.getChart(), 2), ChartFormat.PNG, 2 * screenWidth(viewer),
                2 * screenHeight(viewer), path);
    }

    /** Puts the chart on the clipboard as an image of twice its size on screen. */
    public static void copy(ChartViewer viewer) {
        java.awt.image.BufferedImage image = scaledCopy(viewer.getChart(), 2)
                .createBufferedImage(2 * screenWidth(viewer), 2 * screenHeight(viewer));
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A copy of the chart with every font scaled, so the one on screen is left as it is. */
    static JFreeChart scaledCopy(JFreeChart chart, float factor) {
        try {
            return ChartFonts.enlarge((JFreeChart) chart.clone(), factor);
        } catch (CloneNotSupportedException e) {
            return chart; // every JFreeChart plot clones; at worst the fonts stay as on screen
        }
    }

    private static int screenWidth(ChartViewer viewer) {
        return (int) Math.max(1, Math.round(viewer.getWidth()));
    }

    private static int screenHeight(ChartViewer viewer) {
        return (int) Math.max(1, Math.round(viewer.getHeight()));
    }
}

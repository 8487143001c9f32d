package io.tranchelab.ui.export;

import io.tranchelab.report.ChartExport;
import io.tranchelab.ui.export.ExportViewModel.ChartFormat;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.jfree.chart.fx.ChartViewer;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Every chart's context menu: Save as PNG at a chosen size, Save as SVG or PDF (vector, laid out
 * at the chart's size on screen) and Copy to Clipboard, each once. JFreeChart's own "Export As" submenu is
 * removed: it offered the same files again, at screen size only and through other dialogs.
 */
public final class ChartExportMenu {

    /** A PNG size in pixels; null width and height: the chart's size on screen. */
    public record PngSize(String label, Integer width, Integer height) {
    }

    public static final PngSize FULL_HD = new PngSize("1920 x 1080 (Full HD)", 1920, 1080);
    public static final List<PngSize> PNG_SIZES = List.of(FULL_HD, new PngSize("3840 x 2160 (4K)", 3840, 2160),
            new PngSize("1280 x 720", 1280, 720), new PngSize("On-screen size", null, null));
    /** What Copy to Clipboard puts there: a picture good enough to paste into slides. */
    public static final PngSize CLIPBOARD = FULL_HD;

    /** The text of JFreeChart's own export submenu (ChartViewer sets no id on it). */
    private static final String LIBRARY_EXPORT_MENU = "Export As";

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
        if (viewer.getProperties().putIfAbsent(ChartExportMenu.class, Boolean.TRUE) != null) {
            return; // installed already: each entry once
        }
        Menu png = new Menu("Save as PNG");
        for (PngSize size : PNG_SIZES) {
            MenuItem item = new MenuItem(size.label() + "...");
            item.setOnAction(e -> ask(viewer, exports, ChartFormat.PNG, size));
            png.getItems().add(item);
        }
        MenuItem svg = new MenuItem("Save as SVG...");
        svg.setOnAction(e -> ask(viewer, exports, ChartFormat.SVG, null));
        MenuItem pdf = new MenuItem("Save as PDF (vector)...");
        pdf.setOnAction(e -> ask(viewer, exports, ChartFormat.PDF, null));
        MenuItem copy = new MenuItem("Copy to Clipboard");
        copy.setOnAction(e -> copy(viewer));
        List<MenuItem> items = viewer.getContextMenu().getItems();
        items.removeIf(item -> LIBRARY_EXPORT_MENU.equals(item.getText()));
        items.addAll(0, items.isEmpty() ? List.of(png, svg, pdf, copy) : List.of(png, svg, pdf, copy, new SeparatorMenuItem()));
    }

    private static void ask(ChartViewer viewer, ExportViewModel exports, ChartFormat format, PngSize size) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        String title = viewer.getChart().getTitle() == null ? "chart" : viewer.getChart().getTitle().getText();
        ExportFileChooser.choose(viewer, "Save chart as " + format, ExportFileChooser.fileName(title), extension)
                .ifPresent(path -> save(viewer, exports, format, size, path));
    }

    /**
     * The menu's action once a file is chosen: a PNG of {@code size} (null or on-screen: the
     * chart's size on screen), an SVG or PDF of the chart's size on screen (they scale).
     */
    public static boolean save(ChartViewer viewer, ExportViewModel exports, ChartFormat format, PngSize size,
                               Path path) {
        int width = size == null || size.width() == null ? onScreenWidth(viewer) : size.width();
        int height = size == null || size.height() == null ? onScreenHeight(viewer) : size.height();
        return exports.saveChart(viewer.getChart(), format, width, height, path);
    }

    /** Puts the chart on the clipboard as a {@link #CLIPBOARD}-sized image. */
    public static void copy(ChartViewer viewer) {
        BufferedImage image = ChartExport.image(viewer.getChart(), CLIPBOARD.width(), CLIPBOARD.height());
        ClipboardContent content = new ClipboardContent();
        content.putImage(toFx(image));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Without javafx.swing: the ARGB pixels copied across. */
    private static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }

    private static int onScreenWidth(ChartViewer viewer) {
        return (int) Math.max(1, Math.round(viewer.getWidth()));
    }

    private static int onScreenHeight(ChartViewer viewer) {
        return (int) Math.max(1, Math.round(viewer.getHeight()));
    }
}

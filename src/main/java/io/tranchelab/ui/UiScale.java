package io.tranchelab.ui;

import io.tranchelab.chart.ChartFonts;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.jfree.chart.fx.ChartViewer;

import java.util.Locale;

/**
 * Text size for big screens. On a 4K screen run at 100 % (no scaling by the desktop) the 14 px
 * of the theme is a quarter of the size it has on a laptop, so the workbench scales its root
 * font with the screen: 1 up to full HD, then with the screen's logical size (2 at 3840x2160),
 * at most 2.5. A desktop that already scales (200 % on 4K) reports a logical full HD screen and
 * gets 1, so nothing is scaled twice. Sizes in em follow; fixed table column widths and the
 * charts' fonts are scaled here.
 */
final class UiScale {

    /** AtlantaFX PrimerLight's root font size. */
    static final double THEME_FONT_PX = 14;
    private static final double MAX_FACTOR = 2.5;

    private UiScale() {
    }

    /** The factor for a screen (or a snapshot) of this logical size. */
    static double factorFor(double width, double height) {
        double factor = Math.min(width / 1920, height / 1080);
        return Math.max(1, Math.min(MAX_FACTOR, factor));
    }

    /** JFreeChart draws with AWT fonts that CSS does not reach. */
    private static void scaleCharts(Parent parent, float factor) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof ChartViewer viewer) {
                ChartFonts.enlarge(viewer.getChart(), factor);
                viewer.getProperties().put(ChartFonts.SCALE_KEY, factor); // for a chart swapped in later
            } else if (child instanceof Parent nested) {
                scaleCharts(nested, factor);
            }
        }
    }

    /** Scales the root font and the table columns under {@code root}; a factor of 1 changes nothing. */
    static void apply(Parent root, double factor) {
        if (factor <= 1) {
            return;
        }
        double px = Math.round(THEME_FONT_PX * factor * 2) / 2.0;
        root.setStyle(root.getStyle() + String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
        scaleCharts(root, (float) factor);
        for (var node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table) {
                for (TableColumn<?, ?> column : table.getColumns()) {
                    column.setPrefWidth(column.getPrefWidth() * factor);
                }
            }
        }
    }
}

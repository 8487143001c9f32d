package io.tranchelab.ui.present;

import io.tranchelab.chart.ChartFonts;

import io.tranchelab.chart.TrancheChoice;
import io.tranchelab.chart.TrancheFanChart;
import io.tranchelab.chart.WaterfallChart;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.SimulationResult;
import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * One scenario's slide: the structure diagram and the key metrics on top, the waterfall and the
 * value and drawdown fan of the first tranche that loses below, with fonts for a room.
 */
final class SlideView extends GridPane {

    /** Chart fonts on a slide, relative to the workbench's. */
    static final float CHART_FONT_SCALE = 1.7f;

    SlideView(Structure structure, ScenarioComparison comparison, int run) {
        SimulationResult result = comparison.runs().get(run);
        setId("slide");
        setHgap(18);
        setVgap(14);
        setPadding(new Insets(6, 24, 18, 24));
        add(new SlideDiagram(structure), 0, 0);
        add(fitToWidth(new KeyMetricsView(comparison, run)), 1, 0);
        WaterfallChart waterfall = new WaterfallChart();
        waterfall.show(result);
        TrancheFanChart fan = new TrancheFanChart();
        fan.show(result, TrancheChoice.firstThatLoses(result));
        add(viewer(waterfall.chart(), "slide-waterfall"), 0, 1);
        add(viewer(fan.chart(), "slide-drawdown"), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(42);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(58);
        bottom.setVgrow(Priority.ALWAYS);
        getRowConstraints().addAll(top, bottom);
    }

    /**
     * The numbers at their slide size where they fit, else scaled down as a whole (text stays
     * sharp): a four-tranche table with long ratings was cut at the slide's right edge.
     */
    static javafx.scene.layout.Region fitToWidth(javafx.scene.layout.Region content) {
        javafx.scene.Group group = new javafx.scene.Group(content);
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(group) {
            @Override
            protected void layoutChildren() {
                content.autosize();
                double scale = Math.min(1, Math.min(getWidth() / Math.max(1, content.getWidth()),
                        getHeight() / Math.max(1, content.getHeight())));
                content.setScaleX(scale);
                content.setScaleY(scale);
                super.layoutChildren();
            }
        };
        box.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        box.setMinSize(0, 0);
        return box;
    }

    private static ChartViewer viewer(JFreeChart chart, String id) {
        ChartViewer viewer = new ChartViewer(ChartFonts.enlarge(chart, CHART_FONT_SCALE));
        viewer.setId(id);
        viewer.setMinSize(0, 0);
        return viewer;
    }
}

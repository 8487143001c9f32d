package io.tranchelab.ui.present;

import io.tranchelab.chart.ChartColors;
import io.tranchelab.chart.ChartFonts;
import io.tranchelab.chart.HedgePnlChart;
import io.tranchelab.report.HedgeFigures;
import io.tranchelab.report.HedgeFigures.Cost;
import io.tranchelab.report.HedgeFigures.TrancheRow;
import io.tranchelab.report.HedgeTableText;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.format.Formats;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.jfree.chart.fx.ChartViewer;

import java.util.List;

/**
 * The hedge slide (docs/model.md §8.15): each tranche's EL and rating without and with the hedge,
 * and what the hedge costs a year, large on the left; its P&L against the collateral's fall on
 * the right; what it was computed from underneath.
 */
final class HedgeSlideView extends GridPane {

    HedgeSlideView(HedgeComparison comparison) {
        HedgeFigures figures = HedgeFigures.of(comparison);
        setId("slide-hedge");
        setHgap(18);
        setVgap(10);
        setPadding(new Insets(6, 24, 18, 24));
        VBox numbers = new VBox(18, tranches(figures), cost(figures));
        add(SlideView.fitToWidth(numbers), 0, 0);
        HedgePnlChart chart = new HedgePnlChart();
        chart.show(comparison.outcomes());
        ChartViewer viewer = new ChartViewer(ChartFonts.enlarge(chart.chart(), SlideView.CHART_FONT_SCALE));
        viewer.setId("slide-hedge-pnl");
        viewer.setMinSize(0, 0);
        add(viewer, 1, 0);
        Label from = label(figures.provenance() + " \u00b7 the same paths with and without the hedge",
                "slide-metric-header");
        from.setId("slide-hedge-from");
        add(from, 0, 1, 2, 1);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(45);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(55);
        right.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(left, right);
        RowConstraints body = new RowConstraints();
        body.setVgrow(Priority.ALWAYS);
        getRowConstraints().addAll(body, new RowConstraints());
    }

    private static GridPane tranches(HedgeFigures figures) {
        GridPane grid = new GridPane();
        grid.setId("slide-hedge-tranches");
        grid.setHgap(16);
        grid.setVgap(6);
        List<String> headers = List.of("Tranche", "EL unhedged", "EL hedged", "Rating unhedged", "Rating hedged");
        for (int c = 0; c < headers.size(); c++) {
            Label header = label(headers.get(c), "slide-metric-header");
            grid.add(header, c, 0);
            GridPane.setHalignment(header, c == 0 ? HPos.LEFT : HPos.RIGHT);
        }
        List<TrancheRow> rows = figures.tranches();
        for (int t = 0; t < rows.size(); t++) {
            TrancheRow r = rows.get(t);
            Label name = label(r.name(), "slide-metric-tranche");
            name.setTextFill(Color.web(ChartColors.trancheHex(t, rows.size())));
            grid.add(name, 0, t + 1);
            List<String> cells = List.of(Formats.percent(r.expectedLossBare()), Formats.percent(r.expectedLossHedged()),
                    r.ratingBare(), r.ratingHedged());
            for (int c = 0; c < cells.size(); c++) {
                Label value = label(cells.get(c), "slide-metric-value");
                grid.add(value, c + 1, t + 1);
                GridPane.setHalignment(value, HPos.RIGHT);
            }
        }
        return grid;
    }

    /** "The hedge costs 0.66 %/yr of the pool (premiums 5.47 %, funding net -4.81 %); its P&L +4.01 %." */
    private static VBox cost(HedgeFigures f) {
        Label cost = label("Net cost " + Formats.ratePerYear(f.cost(Cost.NET_COST).shareOfPoolPerYear())
                + " of the pool", "slide-metric-tranche");
        cost.setId("slide-hedge-cost");
        Label detail = label("premiums " + Formats.percent(f.cost(Cost.PREMIUMS).shareOfPool()) + ", funding paid "
                + Formats.percent(f.cost(Cost.FUNDING_PAID).shareOfPool()) + ", received "
                + Formats.percent(f.cost(Cost.FUNDING_RECEIVED).shareOfPool()) + "; hedge P&L "
                + HedgeTableText.signed(f.cost(Cost.HEDGE_PNL).shareOfPool()) + " of the pool over "
                + Formats.years(f.horizonYears()), "slide-metric-value");
        detail.setWrapText(true);
        detail.setMinWidth(0);
        detail.setMaxWidth(640);
        return new VBox(4, cost, detail);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}

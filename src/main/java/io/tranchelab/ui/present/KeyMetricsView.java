package io.tranchelab.ui.present;

import io.tranchelab.chart.ChartColors;
import io.tranchelab.format.Formats;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.TrancheMetrics;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.List;

/** The numbers of a slide, large: each tranche's expected loss (and its change from base), P(loss), mean IRR, rating. */
final class KeyMetricsView extends GridPane {

    KeyMetricsView(ScenarioComparison comparison, int run) {
        setId("slide-metrics");
        getStyleClass().add("slide-metrics");
        setHgap(16);
        setMinWidth(0);
        setVgap(6);
        List<String> headers = run == 0 ? List.of("Tranche", "EL", "P(loss)", "IRR", "DR-eq rating")
                : List.of("Tranche", "EL", "vs base", "P(loss)", "IRR", "DR-eq rating");
        for (int c = 0; c < headers.size(); c++) {
            Label header = label(headers.get(c), "slide-metric-header");
            add(header, c, 0);
            GridPane.setHalignment(header, c == 0 ? HPos.LEFT : HPos.RIGHT);
        }
        List<TrancheMetrics> tranches = comparison.runs().get(run).tranches();
        for (int t = 0; t < tranches.size(); t++) {
            TrancheMetrics m = tranches.get(t);
            Label name = label(m.name(), "slide-metric-tranche");
            name.setTextFill(Color.web(ChartColors.trancheHex(t, tranches.size())));
            int c = 0;
            add(name, c++, t + 1);
            c = number(Formats.percent(m.expectedLoss()), c, t + 1);
            if (run != 0) {
                double delta = comparison.expectedLossDelta(run, t);
                c = number((delta > 0 ? "+" : "") + Formats.percent(delta), c, t + 1);
            }
            c = number(Formats.percent(m.probabilityOfLoss()), c, t + 1);
            c = number(Formats.ratePerYear(m.irrMean()), c, t + 1);
            number(m.impliedRating(), c, t + 1);
        }
        // cross-chain pools (docs/model.md §8.14): what the bridges cost, under the tranches
        io.tranchelab.sim.CrossChainMetrics chains = comparison.runs().get(run).crossChain();
        if (!chains.onOneChain()) {
            Label bridges = label(io.tranchelab.report.ChainTables.summary(chains), "slide-metric-header");
            bridges.setId("slide-bridge-losses");
            add(bridges, 0, tranches.size() + 1, headers.size(), 1);
        }
    }

    private int number(String text, int column, int row) {
        Label value = label(text, "slide-metric-value");
        add(value, column, row);
        GridPane.setHalignment(value, HPos.RIGHT);
        return column + 1;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE); // numbers are never cut short

        return label;
    }
}

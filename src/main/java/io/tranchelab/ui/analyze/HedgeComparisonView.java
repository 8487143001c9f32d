package io.tranchelab.ui.analyze;

import io.tranchelab.chart.HedgePnlChart;
import io.tranchelab.report.HedgeFigures;
import io.tranchelab.report.HedgeTableText;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.ui.export.ExportFileChooser;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The hedge comparison: paths and Run above, with what the figures were computed from and the
 * stale banner; the tranche table and the hedge's cost table, then the P&L chart; the message
 * line and the CSV exports below. Cells are the app's one number format ({@link HedgeTableText}).
 */
final class HedgeComparisonView extends BorderPane {

    private final HedgeComparisonViewModel viewModel;
    private final HedgePnlChart chart = new HedgePnlChart();
    private final ChartViewer viewer = new ChartViewer(chart.chart());
    private final TableView<List<String>> tranches = table("hedge-tranches", HedgeTableText.TRANCHE_COLUMNS.stream()
            .map(c -> new HedgeTableText.Column(c.group(), c.name())).toList());
    private final TableView<List<String>> costs = table("hedge-costs", HedgeTableText.COST_HEADER.stream()
            .map(h -> new HedgeTableText.Column(h, "")).toList());

    HedgeComparisonView(HedgeComparisonViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        setId("analyze-hedge");
        TextField paths = AnalysisViews.field("hedge-paths", 7, viewModel.pathsProperty());
        paths.setTooltip(new Tooltip("Paths of each of the two runs (with and without the hedges), 100 to"
                + " 1,000,000; the structure's own by default. Both use the structure's seed."));
        Label pathsLabel = new Label("_Paths per run");
        pathsLabel.setMnemonicParsing(true);
        pathsLabel.setLabelFor(paths);
        RunControls run = new RunControls("hedge", viewModel.progress(), viewModel::run, viewModel::cancel);
        Label from = AnalysisViews.text("hedge-computed-from", viewModel.computedFromProperty());
        VBox top = new VBox(6, AnalysisViews.row(pathsLabel, paths), run, new StaleBanner("hedge-stale",
                viewModel.staleProperty(), StaleBanner.TEXT.replace("The chart is", "The tables and the chart are")),
                from);
        top.setPadding(new Insets(8));
        setTop(top);
        costs.setTooltip(new Tooltip("Means over paths of the hedged run. Net cost: premiums and funding paid less"
                + " funding received. Hedge P&L: put payoffs and the shorts' P&L less the net cost. % of pool: of"
                + " the pool's initial value; a year: that share over the horizon in years."));
        tranches.setTooltip(new Tooltip("Each tranche without and with the hedges, on the same paths: expected"
                + " loss, VaR 99 and mean maximum drawdown as % of its principal; the default-rate-equivalent"
                + " rating of its EL."));
        viewer.setId("chart-hedge-pnl");
        viewer.setMinSize(0, 0);
        costs.getColumns().get(0).setMinWidth(330); // the longest line's label whole
        VBox tables = new VBox(6, tranches, costs);
        tables.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        viewer.setMinHeight(150); // the CSV buttons below stay on screen in an 820 px window
        VBox body = new VBox(6, tables, viewer);
        VBox.setVgrow(viewer, javafx.scene.layout.Priority.ALWAYS);
        setCenter(body);
        Button tranchesCsv = csvButton("hedge-export-tranches", "_Tranches as CSV...",
                "Save the tranche table as CSV (fractions, not percentages; each row names the structure,"
                        + " scenario, paths and seed).", "hedge-tranches", viewModel::exportTranches);
        Button costsCsv = csvButton("hedge-export-costs", "Hedge _cost as CSV...",
                "Save the hedge's cost table as CSV (USD and fractions of the pool's initial value).", "hedge-cost",
                viewModel::exportCosts);
        javafx.scene.layout.HBox exports = new javafx.scene.layout.HBox(8, tranchesCsv, costsCsv);
        VBox bottom = new VBox(4, AnalysisViews.messageLine("hedge-message", viewModel.messageProperty()), exports);
        bottom.setPadding(new Insets(0, 8, 8, 8));
        setBottom(bottom);
    }

    private Button csvButton(String id, String text, String tip, String name, Predicate<Path> export) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setTooltip(new Tooltip(tip));
        button.disableProperty().bind(viewModel.comparisonProperty().isNull());
        button.setOnAction(e -> {
            HedgeFigures figures = viewModel.figures();
            Optional<Path> file = ExportFileChooser.choose(this, "Save as CSV",
                    ExportFileChooser.fileName(figures.structure() + "-" + name), "csv");
            file.ifPresent(export::test);
        });
        return button;
    }

    private void initListeners() {
        AnalysisViews.showPictures(viewModel.comparisonProperty(), this::show, chart.chart().getPlot(),
                "Press Run: the structure is run with and without its hedges on the same paths.",
                viewModel.progress());
    }

    private void show(HedgeComparison comparison) {
        HedgeFigures figures = HedgeFigures.of(comparison);
        tranches.getItems().setAll(figures.tranches().stream().map(HedgeTableText::cells).toList());
        costs.getItems().setAll(figures.costs().stream().map(HedgeTableText::cells).toList());
        chart.show(comparison.outcomes());
    }

    /**
     * A table of text rows, numbers right-aligned; columns of one measure under a parent column
     * ("EL" over "unhedged", "hedged", "change"), so that no header is cut. As tall as its rows:
     * the tables stay whole above the chart.
     */
    private static TableView<List<String>> table(String id, List<HedgeTableText.Column> columns) {
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList());
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<List<String>, String> parent = null;
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            HedgeTableText.Column column = columns.get(c);
            TableColumn<List<String>, String> col = new TableColumn<>(column.name().isEmpty() ? column.group()
                    : column.name());
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
            col.setSortable(false);
            col.setReorderable(false);
            if (c > 0) {
                col.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            if (column.name().isEmpty()) {
                table.getColumns().add(col);
                parent = null;
            } else {
                if (parent == null || !parent.getText().equals(column.group())) {
                    parent = new TableColumn<>(column.group());
                    parent.setReorderable(false);
                    table.getColumns().add(parent);
                }
                parent.getColumns().add(col);
            }
        }
        table.setPlaceholder(new Label("Not run yet"));
        table.setFixedCellSize(24);
        // the header is about 1.5 rows tall, 3 when grouped (seen under Xvfb); a little more keeps the scroll bar away
        boolean grouped = columns.stream().anyMatch(c -> !c.name().isEmpty());
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(
                javafx.beans.binding.Bindings.max(1, javafx.beans.binding.Bindings.size(table.getItems()))
                        .add(grouped ? 3.6 : 2.0)));
        table.minHeightProperty().bind(table.prefHeightProperty());
        return table;
    }

    ChartViewer viewer() {
        return viewer;
    }
}

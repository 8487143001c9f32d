package io.tranchelab.ui.metrics;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Per-tranche metrics: EL, probability of loss, VaR/ES, returns, drawdown, WAL, rating. */
public final class MetricsTableView extends VBox {

    /** The width at which every column shows whole (their sum and the table's border). */
    private final javafx.beans.property.ReadOnlyDoubleWrapper neededWidth = new javafx.beans.property.ReadOnlyDoubleWrapper(this, "neededWidth");

    public MetricsTableView(MetricsViewModel viewModel) {
        setId("metrics");
        TableView<MetricsRow> table = new TableView<>(viewModel.rows());
        table.setId("metrics-table");
        table.setStyle("-fx-font-size: 0.857em;"); // 12 px under the theme's 14, and scaled with it
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Each header is the metric over its unit on a second line: the column is then only as
        // wide as its numbers, and every column still names its one unit.
        table.getColumns().setAll(
                column("Tranche\n ", MetricsRow::tranche, "Senior first"),
                column("EL \u00b1 s.e.\n%", MetricsRow::expectedLoss,
                        "Expected loss: mean principal loss / initial principal, with its Monte Carlo standard error,"
                                + " in percent of principal"),
                column("P(loss)\n%", MetricsRow::probabilityOfLoss, "Share of paths with any principal loss, percent"),
                column("VaR 95/99\n%", MetricsRow::var,
                        "Value at risk of the loss at 95 % and 99 %, percent of principal"),
                column("ES 95/99\n%", MetricsRow::es,
                        "Expected shortfall: mean loss of the worst 5 % and 1 % of paths, percent of principal"),
                column("IRR\n%/yr", MetricsRow::irrMean,
                        "Mean over paths of the tranche's internal rate of return: the rate a year at which its dated"
                                + " cash (coupons, paydowns, distributions) is worth its principal; -100 % when it"
                                + " receives nothing (docs/model.md \u00a78.5). Percent a year"),
                // the annualized cash multiple is in the CSV, the PDF and the CLI: a tenth column would make the
                // table scroll sideways at 1024 px (ReflowUiTest), and the IRR is the return to read
                column("IRR 5/50/95\n%/yr", MetricsRow::irrs,
                        "5th, 50th and 95th percentiles of the IRR over paths, percent a year"),
                column("Max DD mean/95\n%", MetricsRow::maxDrawdown,
                        "Maximum drawdown of the tranche's total value (mark + cash received): mean and 95th"
                                + " percentile over paths, percent of the running peak"),
                column("WAL\nyr", MetricsRow::wal, "Weighted average life: years to principal repayment"),
                column("DR-eq\nrating", MetricsRow::rating, "Default-rate-equivalent rating: the best S&P grade whose"
                        + " default rate, as if every default were total, allows the expected loss over the horizon"
                        + " (docs/model.md \u00a78.8, docs/ratings.md \u00a72)"));
        // Every column as wide as its widest text, measured in the table's own font, so no
        // cell is cut with an ellipsis at any UI scale; the window puts the table across its
        // whole width when the charts' side is narrower than all of them (WorkbenchLayout).
        Runnable fit = () -> {
            neededWidth.set(fitColumns(table) + 2);
            fitHeight(table);
        };
        viewModel.rows().addListener((javafx.collections.ListChangeListener<MetricsRow>) c -> fit.run());
        table.skinProperty().addListener((o, was, now) -> fit.run());
        table.styleProperty().addListener((o, was, now) -> fit.run());
        sceneProperty().addListener((o, was, now) -> fit.run());
        Label pool = new Label();
        pool.setId("pool-summary");
        pool.textProperty().bind(viewModel.poolSummaryProperty());
        pool.getStyleClass().add(Styles.TEXT_SMALL);
        pool.setWrapText(true); // a narrow window wraps the summary instead of cutting its last figures
        pool.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pool.setPadding(new Insets(2, 8, 2, 8));
        Label badge = badge(viewModel);
        // stale rows (another deal's or scenario's, its run computing) are greyed, never shown as current
        table.opacityProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Boolean.TRUE.equals(viewModel.staleProperty().getValue()) ? 0.45 : 1.0, viewModel.staleProperty()));
        getChildren().addAll(badge, table, pool);
    }

    /** The width the table needs to show every column whole, without scrolling sideways. */
    public javafx.beans.property.ReadOnlyDoubleProperty neededWidthProperty() {
        return neededWidth.getReadOnlyProperty();
    }

    private static Label badge(MetricsViewModel viewModel) {
        Label badge = new Label();
        badge.setId("metrics-badge");
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        badge.setPadding(new Insets(0, 8, 0, 8));
        badge.textProperty().bind(viewModel.badgeProperty());
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        // Its line is kept while hidden: the badge comes with every edit ("Stale: computing...") and
        // goes with its run, and a table that grew and shrank by a line each time made the charts
        // above it lay out and redraw twice more per run, once while the core was running.
        badge.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return badge;
    }

    /**
     * Sets each column's width to its widest text (a header line or a cell) in the header's font
     * (the cells' font: see workbench.css), plus the cell padding; answers the sum, the width
     * the table needs to show every column whole.
     */
    static double fitColumns(TableView<MetricsRow> table) {
        double total = 0;
        for (TableColumn<MetricsRow, ?> column : table.getColumns()) {
            Label header = (Label) column.getGraphic();
            header.applyCss();
            javafx.scene.text.Font font = header.getFont();
            // the header's line in bold with the column header's padding, a cell's text with the cell's
            javafx.scene.text.Font bold = javafx.scene.text.Font.font(font.getFamily(),
                    javafx.scene.text.FontWeight.BOLD, font.getSize());
            double width = 0;
            for (String line : header.getText().split("\n")) {
                width = Math.max(width, textWidth(line, bold) + 1.25 * font.getSize());
            }
            for (MetricsRow row : table.getItems()) {
                Object value = column.getCellObservableValue(row).getValue();
                width = Math.max(width, textWidth(String.valueOf(value), font) + 1.15 * font.getSize());
            }
            double padded = Math.ceil(width);
            column.setMinWidth(padded);
            column.setPrefWidth(padded);
            total += padded;
        }
        return total;
    }

    /**
     * As tall as its two-line header and its rows (at least three), no taller: in a 700 px window
     * every line of height the table does not need goes to the parameters and the charts.
     */
    static void fitHeight(TableView<MetricsRow> table) {
        Label header = (Label) table.getColumns().get(0).getGraphic();
        double size = header.getFont().getSize();
        double row = Math.ceil(2 * size);
        table.setFixedCellSize(row);
        double height = Math.ceil(4.2 * size) + row * Math.max(3, table.getItems().size()) + 4;
        table.setMinHeight(height);
        table.setPrefHeight(height);
        table.setMaxHeight(height);
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    private static TableColumn<MetricsRow, String> column(String title,
                                                          Function<MetricsRow, String> value, String tip) {
        TableColumn<MetricsRow, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.getStyleClass().add("metrics-header");
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}

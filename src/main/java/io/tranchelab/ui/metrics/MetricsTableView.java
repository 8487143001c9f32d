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

    public MetricsTableView(MetricsViewModel viewModel) {
        setId("metrics");
        TableView<MetricsRow> table = new TableView<>(viewModel.rows());
        table.setId("metrics-table");
        table.setStyle("-fx-font-size: 0.857em;"); // 12 px under the theme's 14, and scaled with it
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(
                column("Tranche", MetricsRow::tranche, "Senior first"),
                column("EL \u00b1 s.e. %", MetricsRow::expectedLoss,
                        "Expected loss: mean principal loss / initial principal, with its Monte Carlo standard error,"
                                + " in percent of principal"),
                column("P(loss) %", MetricsRow::probabilityOfLoss, "Share of paths with any principal loss, percent"),
                column("VaR 95/99 %", MetricsRow::var,
                        "Value at risk of the loss at 95 % and 99 %, percent of principal"),
                column("ES 95/99 %", MetricsRow::es,
                        "Expected shortfall: mean loss of the worst 5 % and 1 % of paths, percent of principal"),
                column("Return %/yr", MetricsRow::returnMean,
                        "Mean annualized return (cash received, no reinvestment), percent a year"),
                column("Return 5/50/95 %/yr", MetricsRow::returns,
                        "Percentiles of the annualized return, percent a year"),
                column("Max DD mean/95 %", MetricsRow::maxDrawdown,
                        "Maximum drawdown of the tranche's total value (mark + cash received): mean and 95th"
                                + " percentile over paths, percent of the running peak"),
                column("WAL yr", MetricsRow::wal, "Weighted average life: years to principal repayment"),
                column("DR-eq", MetricsRow::rating, "Default-rate-equivalent rating: the best S&P grade whose"
                        + " default rate, as if every default were total, allows the expected loss over the horizon"
                        + " (docs/model.md §8.8, docs/ratings.md §2)"));
        // Every column as wide as its widest text, measured in the table's own font, so no
        // cell is cut with an ellipsis at any UI scale; the table scrolls sideways if the
        // window is narrower than all of them.
        Runnable fit = () -> fitColumns(table);
        viewModel.rows().addListener((javafx.collections.ListChangeListener<MetricsRow>) c -> fit.run());
        table.skinProperty().addListener((o, was, now) -> fit.run());
        table.styleProperty().addListener((o, was, now) -> fit.run());
        sceneProperty().addListener((o, was, now) -> fit.run());
        table.setStyle(table.getStyle() + "-fx-pref-height: 12.5em; -fx-min-height: 9.2em;"); // 150, 110 px at 12 px
        Label pool = new Label();
        pool.setId("pool-summary");
        pool.textProperty().bind(viewModel.poolSummaryProperty());
        pool.getStyleClass().add(Styles.TEXT_SMALL);
        pool.setPadding(new Insets(2, 8, 2, 8));
        Label badge = badge(viewModel);
        // stale rows (another deal's or scenario's, its run computing) are greyed, never shown as current
        table.opacityProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Boolean.TRUE.equals(viewModel.staleProperty().getValue()) ? 0.45 : 1.0, viewModel.staleProperty()));
        getChildren().addAll(badge, table, pool);
    }

    private static Label badge(MetricsViewModel viewModel) {
        Label badge = new Label();
        badge.setId("metrics-badge");
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        badge.setPadding(new Insets(0, 8, 0, 8));
        badge.textProperty().bind(viewModel.badgeProperty());
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        return badge;
    }

    /** Sets each column's width to its widest text (header or cell) in the header's font, plus padding. */
    static void fitColumns(TableView<MetricsRow> table) {
        for (TableColumn<MetricsRow, ?> column : table.getColumns()) {
            Label header = (Label) column.getGraphic();
            header.applyCss();
            javafx.scene.text.Font font = header.getFont();
            double width = textWidth(header.getText(), font);
            for (MetricsRow row : table.getItems()) {
                Object value = column.getCellObservableValue(row).getValue();
                width = Math.max(width, textWidth(String.valueOf(value), font));
            }
            double padded = Math.ceil(width + 3 * font.getSize()); // cell padding and the header's sort area
            column.setMinWidth(padded);
            column.setPrefWidth(padded);
        }
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

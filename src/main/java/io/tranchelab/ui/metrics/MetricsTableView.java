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
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("Tranche", MetricsRow::tranche, "Senior first"),
                column("EL \u00b1 s.e.", MetricsRow::expectedLoss,
                        "Expected loss: mean principal loss / initial principal, with its Monte Carlo standard error"),
                column("P(loss)", MetricsRow::probabilityOfLoss, "Share of paths with any principal loss"),
                column("VaR 95", MetricsRow::var95, "95 % value at risk of the loss fraction"),
                column("ES 95", MetricsRow::es95, "95 % expected shortfall: mean of the worst 5 % of losses"),
                column("VaR 99", MetricsRow::var99, "99 % value at risk of the loss fraction"),
                column("ES 99", MetricsRow::es99, "Mean of the worst 1 % of losses"),
                column("Return", MetricsRow::returnMean, "Mean annualized return (cash received, no reinvestment)"),
                column("Return 5/50/95", MetricsRow::returns, "Percentiles of the annualized return"),
                column("Max DD mean/95", MetricsRow::maxDrawdown,
                        "Maximum drawdown of the tranche's value: mean and 95th percentile over paths"),
                column("WAL", MetricsRow::wal, "Weighted average life: years to principal repayment"),
                column("Rating", MetricsRow::rating, "Implied rating from the expected loss (Moody's idealized table)"));
        table.setPrefHeight(150);
        table.setMinHeight(110);
        Label pool = new Label();
        pool.setId("pool-summary");
        pool.textProperty().bind(viewModel.poolSummaryProperty());
        pool.getStyleClass().add(Styles.TEXT_SMALL);
        pool.setPadding(new Insets(2, 8, 2, 8));
        getChildren().addAll(table, pool);
    }

    private static TableColumn<MetricsRow, String> column(String title, Function<MetricsRow, String> value,
                                                          String tip) {
        TableColumn<MetricsRow, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}

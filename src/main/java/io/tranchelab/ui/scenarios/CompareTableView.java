package io.tranchelab.ui.scenarios;

import atlantafx.base.theme.Styles;
import io.tranchelab.format.Formats;
import io.tranchelab.sim.TrancheMetrics;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** Rows scenario x tranche; columns the key metrics, the change from base, and B's when shown. */
final class CompareTableView extends TableView<CompareRow> {

    CompareTableView(CompareViewModel viewModel) {
        super(viewModel.rows());
        setId("compare-table");
        getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        // columns as wide as their text, so no number is cut; a narrow window scrolls the table sideways
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getItems().addListener((javafx.collections.ListChangeListener<CompareRow>) c -> fitColumns());
        skinProperty().addListener((o, was, now) -> fitColumns());
        TableColumn<CompareRow, String> elB = column("EL (B)", r -> r.b().map(m -> Formats.percent(m.expectedLoss()))
                .orElse(MISSING));
        TableColumn<CompareRow, String> bMinusA = column("B \u2212 A", r -> r.expectedLossBMinusA()
                .map(CompareTableView::signed).orElse(MISSING));
        elB.textProperty().bind(javafx.beans.binding.Bindings.concat("EL (", viewModel.labelBProperty(), ")"));
        elB.visibleProperty().bind(viewModel.comparisonBProperty().isNotNull());
        bMinusA.visibleProperty().bind(viewModel.comparisonBProperty().isNotNull());
        getColumns().setAll(java.util.List.of(
                scenarioColumn(),
                column("Tranche", CompareRow::trancheLabel),
                column("EL", metric(TrancheMetrics::expectedLoss)),
                column("\u0394EL vs base", r -> r.expectedLossDelta().map(CompareTableView::signed).orElse(MISSING)),
                column("P(loss)", metric(TrancheMetrics::probabilityOfLoss)),
                column("VaR 99", metric(TrancheMetrics::var99)),
                column("ES 99", metric(TrancheMetrics::es99)),
                column("IRR", rate(TrancheMetrics::irrMean)),
                column("DR-eq rating", r -> r.a().map(TrancheMetrics::impliedRating).orElse(MISSING)),
                elB, bMinusA));
    }

    /** The longest a scenario name makes its column; longer names show whole on hover. */
    static final double SCENARIO_MAX_WIDTH = 300;

    /** Each column as wide as its header or its widest cell, measured in the table's font. */
    private void fitColumns() {
        javafx.scene.Node header = lookup(".column-header .label");
        javafx.scene.text.Font font = header instanceof javafx.scene.control.Labeled l ? l.getFont()
                : javafx.scene.text.Font.getDefault();
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(font.getFamily(),
                javafx.scene.text.FontWeight.BOLD, font.getSize());
        for (TableColumn<CompareRow, ?> column : getColumns()) {
            double width = textWidth(column.getText(), bold) + 2 * font.getSize(); // the header's padding and sort arrow
            for (CompareRow row : getItems()) {
                Object value = column.getCellObservableValue(row) == null ? null
                        : column.getCellObservableValue(row).getValue();
                width = Math.max(width, textWidth(String.valueOf(value), font) + 1.3 * font.getSize());
            }
            if (column.getText() != null && column.getText().equals("Scenario")) {
                width = Math.min(width, SCENARIO_MAX_WIDTH);
            }
            column.setPrefWidth(Math.ceil(width));
        }
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text == null ? "" : text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The scenario's name, whole on hover when the column is narrower than it. */
    private static TableColumn<CompareRow, String> scenarioColumn() {
        TableColumn<CompareRow, String> column = column("Scenario", CompareRow::scenario);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return column;
    }

    /** What a cell shows where its side has no such tranche. */
    static final String MISSING = "\u2014";

    /** A's figure, or a dash for a tranche only B has. */
    private static Function<CompareRow, String> metric(java.util.function.ToDoubleFunction<TrancheMetrics> value) {
        return r -> r.a().map(m -> Formats.percent(value.applyAsDouble(m))).orElse(MISSING);
    }

    /** A's return a year (an IRR), in the one format of returns, or a dash. */
    private static Function<CompareRow, String> rate(java.util.function.ToDoubleFunction<TrancheMetrics> value) {
        return r -> r.a().map(m -> Formats.ratePerYear(value.applyAsDouble(m))).orElse(MISSING);
    }

    private static String signed(double fraction) {
        return (fraction > 0 ? "+" : "") + Formats.percent(fraction);
    }

    private static TableColumn<CompareRow, String> column(String title, Function<CompareRow, String> value) {
        TableColumn<CompareRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}

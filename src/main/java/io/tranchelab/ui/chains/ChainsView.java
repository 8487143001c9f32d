package io.tranchelab.ui.chains;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.tranchelab.report.ChainTables;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The Chains panel under the metrics table (docs/model.md §8.14): a pane whose title is the pool's
 * bridge-loss line, opened (a click, or Space on it) onto a table of bridges and a table of chains,
 * each header the figure over its unit, each with a tooltip. Collapsed at first, so a 700 px
 * window keeps its height for the charts; absent, not empty, for a pool on one chain. Greyed and
 * badged like the metrics table while its run is a preview or stale.
 */
public final class ChainsView extends TitledPane {

    public ChainsView(ChainsViewModel viewModel) {
        setId("chains-panel");
        setExpanded(false);
        setAnimated(false);
        textProperty().bind(Bindings.concat("Bridges and chains \u00b7 ", viewModel.summaryProperty()));
        setStyle("-fx-font-size: 0.857em;"); // the metrics table's size: the title is a line of figures
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat(viewModel.summaryProperty(), " (share of the pool's initial value,"
                + " means over the run's paths). What the pool's bridges and chain halts cost it: open for each bridge"
                + " and each chain (Space or Enter opens and closes)."));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        setTooltip(tip);
        TableView<List<String>> bridges = table("chains-bridges", viewModel.bridgeRows(), ChainTables.BRIDGE_COLUMNS);
        TableView<List<String>> chains = table("chains-chains", viewModel.chainRows(), ChainTables.CHAIN_COLUMNS);
        Label badge = new Label();
        badge.setId("chains-badge");
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        badge.textProperty().bind(viewModel.badgeProperty());
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        VBox content = new VBox(4, badge, bridges, chains);
        content.setPadding(new Insets(4, 0, 4, 0));
        // figures of another deal or scenario (its run computing) are greyed, never shown as current
        content.opacityProperty().bind(Bindings.createDoubleBinding(
                () -> Boolean.TRUE.equals(viewModel.staleProperty().getValue()) ? 0.45 : 1.0, viewModel.staleProperty()));
        setContent(content);
        visibleProperty().bind(viewModel.shownProperty());
        managedProperty().bind(visibleProperty());
    }

    private static TableView<List<String>> table(String id, ObservableList<List<String>> rows,
                                                 List<ChainTables.Column> columns) {
        TableView<List<String>> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (int i = 0; i < columns.size(); i++) {
            ChainTables.Column spec = columns.get(i);
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>();
            // the figure over its unit on a second line, as the metrics table's headers
            Label header = new Label(spec.title() + "\n" + (spec.unit().equals("USD") ? "$" : spec.unit()));
            header.setTooltip(new Tooltip(spec.tip()));
            column.setGraphic(header);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(index)));
            column.setSortable(false);
            // shares of the width: names ("Arbitrum canonical bridge") and the last, long header get more
            column.setPrefWidth(index == 0 ? 180 : index == 1 ? 160 : index == columns.size() - 1 ? 150 : 85);
            if (index >= 2) {
                column.setStyle("-fx-alignment: CENTER-RIGHT;"); // figures right-aligned, names left
            }
            table.getColumns().add(column);
        }
        Runnable fit = () -> {
            double row = 24;
            table.setFixedCellSize(row);
            double height = 46 + row * Math.max(1, rows.size()) + 4;
            table.setMinHeight(height);
            table.setPrefHeight(height);
            table.setMaxHeight(height);
        };
        rows.addListener((ListChangeListener<List<String>>) c -> fit.run());
        fit.run();
        table.setMinWidth(Region.USE_COMPUTED_SIZE);
        return table;
    }
}

package io.tranchelab.ui.charts;

import io.tranchelab.sim.SimulationResult;
import io.tranchelab.chart.CollateralPanel;
import io.tranchelab.chart.LossHistogramChart;
import io.tranchelab.chart.TrancheFanChart;
import io.tranchelab.chart.WaterfallChart;
import javafx.geometry.Insets;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** The four live charts in a grid, with the tranche the per-tranche charts show. */
public final class ChartsView extends BorderPane {

    private final ChartsViewModel viewModel;
    private final WaterfallChart waterfall = new WaterfallChart();
    private final TrancheFanChart drawdown = new TrancheFanChart();
    private final LossHistogramChart losses = new LossHistogramChart();
    /** The fourth panel: its chart depends on the pool (loan book, credit lines, peg, value). */
    private final CollateralPanel collateral = new CollateralPanel();
    private ChartViewer collateralViewer;

    public ChartsView(ChartsViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
        showAll();
    }

    private void createView() {
        setId("charts");
        ComboBox<String> tranche = new ComboBox<>(viewModel.trancheNames());
        tranche.setId("chart-tranche");
        tranche.getSelectionModel().select(viewModel.trancheProperty().get());
        tranche.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                viewModel.trancheProperty().set(now.intValue());
            }
        });
        // Replacing the names (another file opened) clears the combo after our listeners ran; the
        // view model's tranche is the one truth, so the combo goes back to it instead of going blank.
        tranche.valueProperty().addListener((o, was, now) -> {
            if (now == null && viewModel.trancheProperty().get() < viewModel.trancheNames().size()) {
                tranche.getSelectionModel().select(viewModel.trancheProperty().get());
            }
        });
        viewModel.trancheProperty().addListener((o, was, now) -> tranche.getSelectionModel().select(now.intValue()));
        viewModel.trancheNames().addListener((javafx.collections.ListChangeListener<String>) c ->
                tranche.getSelectionModel().select(viewModel.trancheProperty().get()));
        Label badge = new Label();
        badge.setId("chart-badge");
        badge.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
        badge.textProperty().bind(viewModel.badgeProperty());
        HBox header = new HBox(8, new Label("Tranche shown in value, drawdown and loss charts:"), tranche, badge);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        setTop(header);

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 6, 6, 6));
        grid.add(viewer(waterfall.chart(), "chart-waterfall"), 0, 0);
        grid.add(viewer(drawdown.chart(), "chart-drawdown"), 1, 0);
        grid.add(viewer(losses.chart(), "chart-losses"), 0, 1);
        collateralViewer = viewer(collateral.chart(), "chart-collateral");
        grid.add(collateralViewer, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints(150, 300, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints(120, 240, Double.MAX_VALUE);
            row.setVgrow(Priority.ALWAYS);
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        setCenter(grid);
    }

    private static ChartViewer viewer(JFreeChart chart, String id) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId(id);
        return viewer;
    }

    private void initListeners() {
        viewModel.resultProperty().addListener((o, was, now) -> showAll());
        viewModel.trancheProperty().addListener((o, was, now) -> showTranche());
    }

    private void showAll() {
        SimulationResult r = viewModel.resultProperty().getValue();
        if (r == null) {
            return;
        }
        waterfall.show(r);
        JFreeChart shown = collateral.show(r);
        if (collateralViewer.getChart() != shown) {
            collateralViewer.setChart(shown);
        }
        showTranche();
    }

    private void showTranche() {
        SimulationResult r = viewModel.resultProperty().getValue();
        if (r == null) {
            return;
        }
        drawdown.show(r, viewModel.trancheProperty().get());
        losses.show(r, viewModel.trancheProperty().get());
    }
}

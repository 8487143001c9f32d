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

/**
 * The four live charts, with the tranche the per-tranche charts show: in a 2 x 2 grid where
 * there is room for four readable charts, else as tabs, one chart at a time at full size
 * (a quarter of a 1024 x 700 window is too small to read a chart's axes and legend).
 */
public final class ChartsView extends BorderPane {

    /** Below this width or height (px, the charts' area) the grid gives way to tabs. */
    static final double GRID_MIN_WIDTH = 720;
    static final double GRID_MIN_HEIGHT = 440;

    private final ChartsViewModel viewModel;
    private final WaterfallChart waterfall = new WaterfallChart();
    private final TrancheFanChart drawdown = new TrancheFanChart();
    private final LossHistogramChart losses = new LossHistogramChart();
    /** The fourth panel: its chart depends on the pool (loan book, credit lines, peg, value). */
    private final CollateralPanel collateral = new CollateralPanel();
    private ChartViewer collateralViewer;
    private final GridPane grid = new GridPane();
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab collateralTab = new javafx.scene.control.Tab("Pool");
    private final javafx.beans.property.ReadOnlyBooleanWrapper tabbed = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "tabbed");
    private final java.util.List<ChartViewer> viewers = new java.util.ArrayList<>();
    /** The collateral charts whose fonts the UI scale has enlarged (each once). */
    private final java.util.Set<JFreeChart> scaledCharts =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

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

        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 6, 6, 6));
        viewers.add(viewer(waterfall.chart(), "chart-waterfall"));
        viewers.add(viewer(drawdown.chart(), "chart-drawdown"));
        viewers.add(viewer(losses.chart(), "chart-losses"));
        collateralViewer = viewer(collateral.chart(), "chart-collateral");
        // the UI scale enlarges the chart on show; one swapped in later (credit, peg, pool value)
        // must get the same, or it reads in smaller type than its neighbours on a big screen
        collateralViewer.getProperties().addListener((javafx.collections.MapChangeListener<Object, Object>) c -> {
            if (io.tranchelab.chart.ChartFonts.SCALE_KEY.equals(c.getKey()) && c.wasAdded()) {
                scaledCharts.add(collateralViewer.getChart());
            }
        });
        viewers.add(collateralViewer);
        tabs.setId("chart-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(new javafx.scene.control.Tab("Waterfall"), new javafx.scene.control.Tab("Value"),
                new javafx.scene.control.Tab("Losses"), collateralTab);
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
        showAsGrid();
    }

    /** True while the charts show as tabs (the area too small for four). */
    public javafx.beans.property.ReadOnlyBooleanProperty tabbedProperty() {
        return tabbed.getReadOnlyProperty();
    }

    private boolean reflowPending;

    /** After the layout pass that changed the size: moving children during it breaks the pass. */
    private void reflowLater() {
        if (!reflowPending) {
            reflowPending = true;
            javafx.application.Platform.runLater(() -> {
                reflowPending = false;
                reflow();
            });
        }
    }

    private void reflow() {
        javafx.scene.Node center = getCenter();
        double height = getHeight() - (getTop() == null ? 0 : getTop().getLayoutBounds().getHeight());
        boolean narrow = getWidth() < GRID_MIN_WIDTH || height < GRID_MIN_HEIGHT;
        if (getWidth() <= 0 || narrow == (center == tabs)) {
            return;
        }
        if (narrow) {
            showAsTabs();
        } else {
            showAsGrid();
        }
    }

    private void showAsGrid() {
        for (javafx.scene.control.Tab tab : tabs.getTabs()) {
            tab.setContent(null);
        }
        grid.getChildren().clear();
        for (int i = 0; i < viewers.size(); i++) {
            grid.add(viewers.get(i), i % 2, i / 2);
        }
        setCenter(grid);
        tabbed.set(false);
    }

    private void showAsTabs() {
        grid.getChildren().clear();
        for (int i = 0; i < viewers.size(); i++) {
            tabs.getTabs().get(i).setContent(viewers.get(i));
        }
        setCenter(tabs);
        tabbed.set(true);
    }

    /** Short, so four tabs fit 600 px; the chart's own title says the rest. */
    static String tabName(CollateralPanel.Kind kind) {
        return switch (kind) {
            case LOAN_HEALTH -> "Loan health";
            case CREDIT_LOSSES -> "Credit losses";
            case PEG -> "Peg";
            case POOL_VALUE -> "Pool value";
        };
    }

    private static ChartViewer viewer(JFreeChart chart, String id) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId(id);
        return viewer;
    }

    private void initListeners() {
        viewModel.resultProperty().addListener((o, was, now) -> showAll());
        viewModel.trancheProperty().addListener((o, was, now) -> showTranche());
        widthProperty().addListener((o, was, now) -> reflowLater());
        heightProperty().addListener((o, was, now) -> reflowLater());
    }

    private void showAll() {
        SimulationResult r = viewModel.resultProperty().getValue();
        if (r == null) {
            return;
        }
        waterfall.show(r);
        JFreeChart shown = collateral.show(r);
        if (collateralViewer.getChart() != shown) {
            if (collateralViewer.getProperties().get(io.tranchelab.chart.ChartFonts.SCALE_KEY) instanceof Float factor
                    && scaledCharts.add(shown)) {
                io.tranchelab.chart.ChartFonts.enlarge(shown, factor);
            }
            collateralViewer.setChart(shown);
        }
        collateralTab.setText(tabName(CollateralPanel.Kind.of(r)));
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

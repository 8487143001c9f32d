package io.tranchelab.ui.scenarios;

import io.tranchelab.chart.LossHistogramChart;
import io.tranchelab.chart.TrancheChoice;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.ui.export.ChartExportMenu;
import io.tranchelab.ui.export.ExportViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The compare window: the scenarios to run on the left; the table of metrics per scenario and
 * tranche, and a loss histogram per scenario (small multiples, same axes' meaning), on the right.
 */
public final class CompareView extends BorderPane {

    private final CompareViewModel viewModel;
    private final ExportViewModel exports;
    private final Supplier<Optional<Path>> chooseB;
    private final java.util.function.Function<Path, Optional<io.tranchelab.model.Structure>> loadB;
    private final TilePane multiples = new TilePane(8, 8);
    private final Label bLabel = new Label();

    /**
     * @param chooseB asks for structure B's file
     * @param loadB   reads it, reporting a problem itself and answering empty
     */
    public CompareView(CompareViewModel viewModel, ExportViewModel exports, Supplier<Optional<Path>> chooseB,
                       java.util.function.Function<Path, Optional<io.tranchelab.model.Structure>> loadB) {
        this.viewModel = viewModel;
        this.exports = exports;
        this.chooseB = chooseB;
        this.loadB = loadB;
        createView();
        initListeners();
    }

    private void createView() {
        setId("compare");
        ListView<CompareViewModel.Pick> picks = new ListView<>(viewModel.picks());
        picks.setId("compare-picks");
        javafx.util.StringConverter<CompareViewModel.Pick> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(CompareViewModel.Pick pick) {
                return pick == null ? "" : pick.name();
            }

            @Override
            public CompareViewModel.Pick fromString(String s) {
                return null;
            }
        };
        // the full name on hover, for a name longer than the list is wide
        picks.setCellFactory(list -> new CheckBoxListCell<>(CompareViewModel.Pick::picked, names) {
            @Override
            public void updateItem(CompareViewModel.Pick item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.name()));
            }
        });
        Button run = new Button("Run");
        run.setId("compare-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> viewModel.run());
        run.disableProperty().bind(viewModel.runner().runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.disableProperty().bind(viewModel.runner().runningProperty().not());
        Button withFile = new Button("Compare with file...");
        withFile.setId("compare-with-file");
        withFile.setOnAction(e -> chooseB.get().ifPresent(file -> loadB.apply(file).ifPresent(b -> {
            viewModel.setStructureB(b, file.getFileName().toString());
            viewModel.run();
        })));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.runner().progressProperty());
        progress.visibleProperty().bind(viewModel.runner().runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in a narrow list instead of cutting
        status.textProperty().bind(viewModel.statusProperty());
        Label a = new Label();
        a.textProperty().bind(viewModel.labelAProperty());
        a.setWrapText(true);
        bLabel.setId("compare-label-b");
        bLabel.textProperty().bind(viewModel.labelBProperty());
        bLabel.setWrapText(true);
        Label stacks = new Label();
        stacks.setId("compare-stack-difference");
        stacks.textProperty().bind(viewModel.stackDifferenceProperty());
        stacks.setWrapText(true);
        stacks.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label chains = new Label(); // cross-chain pools (docs/model.md §8.14): absent for a pool on one chain
        chains.setId("compare-chains");
        chains.textProperty().bind(viewModel.chainsProperty());
        chains.setWrapText(true);
        chains.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chains.visibleProperty().bind(chains.textProperty().isNotEmpty());
        chains.managedProperty().bind(chains.visibleProperty());
        VBox left = new VBox(8, new Label("Scenarios"), picks, run, cancel, withFile, a, bLabel, stacks, chains,
                progress, status);
        left.setPadding(new Insets(8));
        left.setPrefWidth(LEFT_MIN_WIDTH);
        left.setMinWidth(LEFT_MIN_WIDTH);
        Label heading = (Label) left.getChildren().get(0);
        // once styled, as wide as the longest scenario name (within reason): was cut at 260 px
        heading.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                heading.applyCss();
                listFit = listWidth(heading.getFont(), viewModel.picks().stream()
                        .map(CompareViewModel.Pick::name).toList());
                sizeLeft(left);
            }
        });
        widthProperty().addListener((o, was, now) -> sizeLeft(left));
        setLeft(left);

        ScrollPane charts = new ScrollPane(multiples);
        charts.setFitToWidth(true);
        multiples.setPrefTileWidth(380);
        multiples.setPrefTileHeight(250);
        multiples.setPadding(new Insets(6));
        SplitPane right = new SplitPane(new CompareTableView(viewModel), charts);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        setCenter(right);
    }

    /** The list's width for its longest name, once styled. */
    private double listFit = LEFT_MIN_WIDTH;

    /** The fitted width, but never more than 35 % of a small window: the table and charts need the rest. */
    private void sizeLeft(VBox left) {
        double width = getWidth() > 0 ? Math.max(LEFT_MIN_WIDTH, Math.min(listFit, 0.35 * getWidth())) : listFit;
        left.setPrefWidth(width);
        left.setMaxWidth(width);
    }

    static final double LEFT_MIN_WIDTH = 240;
    static final double LEFT_MAX_WIDTH = 460;

    /**
     * The scenario list's width: its longest name in the list's font, the check box and the
     * padding around it, between {@link #LEFT_MIN_WIDTH} and {@link #LEFT_MAX_WIDTH} (longer names
     * are cut and carry their whole text in a tooltip).
     */
    static double listWidth(javafx.scene.text.Font font, java.util.List<String> names) {
        double longest = 0;
        for (String name : names) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(name);
            text.setFont(font);
            longest = Math.max(longest, text.getLayoutBounds().getWidth());
        }
        double checkBoxAndPadding = 6 * font.getSize(); // check box, gaps, cell, list and window padding
        return Math.ceil(Math.max(LEFT_MIN_WIDTH, Math.min(LEFT_MAX_WIDTH, longest + checkBoxAndPadding)));
    }

    private void initListeners() {
        viewModel.comparisonProperty().addListener((o, was, now) -> showMultiples(now));
    }

    /** One loss histogram per scenario, of the most senior tranche that loses in any of them. */
    private void showMultiples(ScenarioComparison comparison) {
        multiples.getChildren().clear();
        if (comparison == null) {
            return;
        }
        SimulationResult worst = comparison.runs().stream()
                .max(java.util.Comparator.comparingDouble(r -> r.tranches().get(0).expectedLoss())).orElseThrow();
        int tranche = TrancheChoice.firstThatLoses(worst);
        // one loss axis and one frequency axis for all of them: a 0-100 % chart next to a
        // 0-30 % one would make the milder scenario look as bad
        java.util.List<LossHistogramChart> charts = LossHistogramChart.sharedAxes(comparison.runs(), tranche);
        for (int i = 0; i < charts.size(); i++) {
            SimulationResult result = comparison.runs().get(i);
            LossHistogramChart chart = charts.get(i);
            chart.chart().setTitle(result.scenario() + ": " + result.tranches().get(tranche).name() + " loss");
            ChartViewer viewer = new ChartViewer(chart.chart());
            viewer.setPrefSize(380, 250);
            ChartExportMenu.install(viewer, exports);
            multiples.getChildren().add(viewer);
        }
    }
}

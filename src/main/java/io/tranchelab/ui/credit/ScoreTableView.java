package io.tranchelab.ui.credit;

import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.params.ValueUnit;
import io.tranchelab.ui.run.BackgroundTask;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The score-to-PD table: one row a band, the start score and the annual PD editable in place
 * (Enter or F2 edits, Enter applies, Escape cancels), bands split and removed, the table imported
 * from and exported to CSV. Every change is one undoable edit (Edit > Undo names it).
 */
public final class ScoreTableView extends BorderPane {

    private final ScoreTableViewModel viewModel;
    private final TableView<ScoreBand> table = new TableView<>();
    /** Where the scored lines' borrowers are expected at the horizon (§5.4.1), one column a line. */
    private final HorizonScoresViewModel horizon;
    private final TableView<HorizonScoresViewModel.Row> horizonTable = new TableView<>();
    private final Label horizonNote = new Label();
    /** The lines the horizon table has columns for; null before the first refresh. */
    private java.util.List<String> horizonColumnNames;

    /** Works the horizon table out off the UI thread; null: on it (the view-model tests). */
    private final BackgroundTask<HorizonScoresViewModel.Table> horizonTask;

    public ScoreTableView(ScoreTableViewModel viewModel) {
        this(viewModel, null);
    }

    public ScoreTableView(ScoreTableViewModel viewModel, BackgroundTask<HorizonScoresViewModel.Table> horizonTask) {
        this.viewModel = viewModel;
        this.horizon = viewModel.horizon();
        this.horizonTask = horizonTask;
        createView();
        refresh();
    }

    private void createView() {
        setId("score-table");
        setPadding(new Insets(8));
        table.setEditable(true);
        table.setId("score-table-bands");
        TableColumn<ScoreBand, Integer> from = new TableColumn<>("From score");
        from.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().minScore()));
        from.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : ValueUnit.SCORE.format(value);
            }

            @Override
            public Integer fromString(String text) {
                double v = ValueUnit.SCORE.parse(text);
                return Double.isNaN(v) ? -1 : (int) Math.round(v);
            }
        }));
        from.setOnEditCommit(e -> {
            viewModel.setMinScore(e.getTablePosition().getRow(), e.getNewValue());
            refresh();
        });
        TableColumn<ScoreBand, Double> pd = new TableColumn<>("Annual PD");
        pd.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().annualDefaultProbability()));
        pd.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : percent(value);
            }

            @Override
            public Double fromString(String text) {
                return ValueUnit.PERCENT.parse(text);
            }
        }));
        pd.setOnEditCommit(e -> {
            viewModel.setProbability(e.getTablePosition().getRow(), e.getNewValue());
            refresh();
        });
        from.setPrefWidth(110);
        pd.setPrefWidth(130);
        table.getColumns().add(from);
        table.getColumns().add(pd);
        table.setTooltip(new Tooltip("Scores from a band's start up to the next band's have its annual default"
                + " probability. The first band starts at 0; starts increase strictly. Enter edits a cell."));
        setCenter(table);
        setRight(createHorizonView());

        Button split = button("_Split band", "Adds a band halfway through the selected one, with its PD.",
                () -> viewModel.split(selectedRow()));
        Button remove = button("_Remove band", "Removes the selected band; the band below it then reaches up.",
                () -> viewModel.remove(selectedRow()));
        Button builtIn = button("_Built-in table", "S&P's average one-year default rates by grade, 1981-2024"
                + " (docs/ratings.md).", viewModel::useBuiltIn);
        Button importCsv = button("_Import CSV...", "Replaces the table by a CSV file's: a header"
                + " minScore,annualDefaultProbability, then one band a line (0.0293 or 2.93%).", this::importCsv);
        Button exportCsv = button("E_xport CSV...", "Writes the table as CSV; importing it gives the same table.",
                this::exportCsv);
        Label message = new Label();
        message.setId("score-table-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        HBox buttons = new HBox(6, split, remove, builtIn, importCsv, exportCsv);
        buttons.setPadding(new Insets(6, 0, 0, 0));
        setBottom(new javafx.scene.layout.VBox(4, buttons, message));
    }

    private javafx.scene.Node createHorizonView() {
        horizonTable.setId("score-table-horizon");
        horizonTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        horizonTable.setTooltip(new Tooltip("The expected share of each scored line's borrowers in each band at the"
                + " horizon, averaged over paths, and the share that defaulted: borrowers that miss payments"
                + " (the history's chance of missing a payment) fall behind those that repay. In % of the line's"
                + " borrowers at the start; docs/model.md §5.4.1."));
        horizonNote.setId("score-table-horizon-note");
        horizonNote.setWrapText(true);
        Label title = new Label("Borrowers at the horizon (% of each scored line's borrowers)");
        title.setLabelFor(horizonTable);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, title, horizonTable, horizonNote);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.setPrefWidth(600);
        javafx.scene.layout.VBox.setVgrow(horizonTable, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /**
     * Works the horizon table out again: in the background when the window has a task for it (the
     * table greyed and saying so until it lands; a newer edit cancels an older working-out).
     */
    private void refreshHorizon() {
        if (horizonTask == null) {
            showHorizon(horizon.table());
            return;
        }
        Structure structure = horizon.structure();
        // the columns now (the lines' names are known at once; the table is built before the window is
        // first shown, which a table's column widths need), the rows when they land
        setHorizonColumns(horizon.lineNames());
        horizonTable.setDisable(true);
        horizonNote.setText("Working out where the borrowers are at the horizon\u2026");
        horizonTask.start("Scores at the horizon", (progress, cancel) -> HorizonScoresViewModel.table(structure, progress, cancel),
                table -> {
                    horizonTable.setDisable(false);
                    showHorizon(table);
                },
                failure -> {
                    horizonTable.setDisable(false);
                    horizonNote.setText("Not worked out: " + failure);
                });
    }

    /** The horizon table's columns follow the scored lines; its rows the bands, lowest score first. */
    private void showHorizon(HorizonScoresViewModel.Table computed) {
        java.util.List<String> names = computed.lineNames();
        setHorizonColumns(names);
        horizonTable.getItems().setAll(computed.rows());
        horizonNote.setText(names.isEmpty() ? "No credit line is scored from a history (Credit > Score Selected"
                + " Line From History)." : "");
    }

    /** A column a scored line, after the scores and their PD; kept as they are when the lines are the same. */
    private void setHorizonColumns(java.util.List<String> names) {
        if (names.equals(horizonColumnNames)) {
            return;
        }
        horizonColumnNames = names;
        horizonTable.getItems().clear(); // rows of other lines have other cells: they wait for their own
        horizonTable.getColumns().clear();
        TableColumn<HorizonScoresViewModel.Row, String> scores = new TableColumn<>("Scores");
        scores.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        scores.setPrefWidth(90);
        TableColumn<HorizonScoresViewModel.Row, String> pd = new TableColumn<>("PD");
        pd.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pd()));
        pd.setStyle("-fx-alignment: CENTER-RIGHT;");
        pd.setPrefWidth(80);
        horizonTable.getColumns().add(scores);
        horizonTable.getColumns().add(pd);
        for (int i = 0; i < names.size(); i++) {
            int column = i;
            TableColumn<HorizonScoresViewModel.Row, String> line = new TableColumn<>();
            // a line's name wraps in its header, and its tooltip has it whole
            Label header = new Label(names.get(i));
            header.setWrapText(true);
            header.setTooltip(new Tooltip(names.get(i)));
            header.setMaxWidth(120);
            line.setGraphic(header);
            line.setId("score-table-horizon-" + i);
            line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(column)));
            line.setStyle("-fx-alignment: CENTER-RIGHT;");
            line.setPrefWidth(120);
            horizonTable.getColumns().add(line);
        }
    }

    private static String percent(double value) {
        return io.tranchelab.format.Formats.percent(value); // the small bands get up to four decimals
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            action.run();
            refresh();
        });
        return b;
    }

    private int selectedRow() {
        return Math.max(0, table.getSelectionModel().getSelectedIndex());
    }

    /** Shows the structure's table (after an edit, an undo, or another window's change). */
    public void refresh() {
        int row = table.getSelectionModel().getSelectedIndex();
        table.getItems().setAll(viewModel.bands());
        if (row >= 0 && row < table.getItems().size()) {
            table.getSelectionModel().select(row);
        }
        refreshHorizon();
    }

    private void importCsv() {
        FileChooser chooser = chooser("Import score table");
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            try {
                viewModel.importCsv(Files.readString(file.toPath(), StandardCharsets.UTF_8), file.getName());
            } catch (IOException e) {
                viewModel.importCsv("", file.getName() + " (" + e.getMessage() + ")");
            }
        }
    }

    private void exportCsv() {
        FileChooser chooser = chooser("Export score table");
        chooser.setInitialFileName("score-table.csv");
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                Files.writeString(Path.of(file.getPath()), viewModel.exportCsv(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                        "Could not write " + file + ": " + e.getMessage()).showAndWait();
            }
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        return chooser;
    }
}

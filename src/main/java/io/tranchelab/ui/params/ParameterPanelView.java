package io.tranchelab.ui.params;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The parameters of the selection: a name field, then each group's rows under a heading. */
public final class ParameterPanelView extends ScrollPane {

    private final ParameterPanelViewModel viewModel;
    private final VBox content = new VBox(6);

    public ParameterPanelView(ParameterPanelViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
        rebuild();
    }

    private void createView() {
        setId("parameter-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(8, 12, 12, 12));
        setContent(content);
    }

    private void initListeners() {
        viewModel.groups().addListener((ListChangeListener<ParameterPanelViewModel.Group>) change -> rebuild());
    }

    private void rebuild() {
        content.getChildren().setAll(nameRow());
        for (ParameterPanelViewModel.Group group : viewModel.groups()) {
            Label title = new Label(group.title());
            title.getStyleClass().addAll(Styles.TITLE_4);
            title.setPadding(new Insets(8, 0, 0, 0));
            content.getChildren().addAll(title, grid(group));
        }
        if (viewModel.hedgeActionsShown()) {
            content.getChildren().add(hedgeActions());
        }
    }

    /** Add a put programme or a perp short on the pool's main volatile asset, or remove the last hedge (§5.6). */
    private javafx.scene.layout.FlowPane hedgeActions() {
        javafx.scene.control.Button put = new javafx.scene.control.Button("Add _put programme");
        put.setId("hedge-add-put");
        put.setTooltip(new javafx.scene.control.Tooltip("Protective puts on half the pool's units of its main volatile"
                + " asset: strike 80 % of spot, 90 days, rolled at expiry, premium by Black-Scholes paid from income."));
        put.setOnAction(e -> viewModel.addPut());
        javafx.scene.control.Button perp = new javafx.scene.control.Button("Add perp _short");
        perp.setId("hedge-add-perp");
        perp.setTooltip(new javafx.scene.control.Tooltip("A perpetual-futures short on half the pool's units of its main"
                + " volatile asset: funding 8 % a year received, rebalanced when it drifts 5 points."));
        perp.setOnAction(e -> viewModel.addPerpShort());
        javafx.scene.control.Button remove = new javafx.scene.control.Button("Remove last _hedge");
        remove.setId("hedge-remove");
        remove.setTooltip(new javafx.scene.control.Tooltip("Removes the last hedge of the list (Undo brings it back)."));
        remove.setOnAction(e -> viewModel.removeLastHedge());
        // wraps rather than cuts a button's label in a narrow panel (ReflowUiTest)
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(6, 6, put, perp, remove);
        for (javafx.scene.control.Button b : java.util.List.of(put, perp, remove)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private GridPane nameRow() {
        TextField name = new TextField();
        name.setId("field-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setOnAction(e -> viewModel.submitName());
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.submitName();
            }
        });
        GridPane grid = newGrid();
        GridPane.setHgrow(name, Priority.ALWAYS);
        grid.addRow(0, wholeLabel("Name"), name);
        grid.add(ErrorLine.boundTo(viewModel.nameErrorProperty(), name), 0, 1, 2, 1);
        addDescription(grid);
        return grid;
    }

    /** A label the growing field beside it never squeezes to "...". */
    private static Label wholeLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The deal notes under the structure's name: what the PDF report opens with. */
    private void addDescription(GridPane grid) {
        javafx.scene.control.TextArea notes = new javafx.scene.control.TextArea();
        notes.setId("field-description");
        notes.setPromptText("Deal notes: what the report's first page says about this structure");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(viewModel.descriptionProperty());
        notes.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.submitDescription();
            }
        });
        Label label = wholeLabel("Notes");
        for (javafx.scene.Node node : List.of(label, notes)) {
            node.visibleProperty().bind(viewModel.descriptionShownProperty());
            node.managedProperty().bind(viewModel.descriptionShownProperty());
        }
        GridPane.setHgrow(notes, Priority.ALWAYS);
        grid.addRow(2, label, notes);
    }

    private GridPane grid(ParameterPanelViewModel.Group group) {
        GridPane grid = newGrid();
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints(),
                new ColumnConstraints());
        int row = 0;
        for (ParameterRowViewModel vm : group.rows()) {
            if (vm instanceof NumberParameterViewModel n) {
                row = NumberParameterRow.addTo(grid, row, n);
            } else if (vm instanceof ChoiceParameterViewModel c) {
                row = ChoiceParameterRow.addTo(grid, row, c);
            } else {
                row = RangeParameterRow.addTo(grid, row, (RangeParameterViewModel) vm);
            }
        }
        return grid;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static GridPane newGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        return grid;
    }
}

package io.tranchelab.ui.chains;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Chains window: one block per chain (name, bridge and its name, the bridge's three numbers,
 * the halts' two), an Add chain button, and the message of the last refused edit. A field applies
 * on Enter or when the focus leaves it (Tab moves on), so the window works from the keyboard;
 * every change is one undoable edit, named in Edit > Undo. The blocks are rebuilt only when the
 * chains or bridges change in kind (added, removed, renamed); a value edit or an undo only
 * refreshes the fields, so Tab keeps its place.
 */
public final class ChainsEditorView extends BorderPane {

    private final ChainsEditorViewModel viewModel;
    private final VBox chains = new VBox(10);
    private final Label empty = new Label();
    private final Map<String, TextField> fields = new HashMap<>();
    private final List<ComboBox<String>> bridgeChoices = new ArrayList<>();
    private Object layoutKey;
    private boolean refreshing;
    /** Asked before a chain holding positions is removed; the question names them. */
    private Predicate<String> confirm = ChainsEditorView::askOnScreen;

    public ChainsEditorView(ChainsEditorViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        refresh();
    }

    private void createView() {
        setId("chains-editor");
        setPadding(new Insets(8));
        Button add = new Button("_Add chain");
        add.setMnemonicParsing(true);
        add.setId("chains-add");
        add.setTooltip(new Tooltip("Adds a chain. The first one makes the pool cross-chain: it is the home chain (no"
                + " bridge, no halts) and holds every position. Each next one is reached over a new bridge of its"
                + " own: 0.05 exploits a year, 50 % lost per exploit, common factor 0.5."));
        add.setOnAction(e -> {
            viewModel.addChain();
            refresh();
        });
        Label message = new Label();
        message.setId("chains-message");
        message.setWrapText(true);
        message.getStyleClass().add("param-error");
        message.textProperty().bind(viewModel.messageProperty());
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        ScrollPane scroll = new ScrollPane(new VBox(8, empty, chains));
        scroll.setFitToWidth(true);
        setCenter(scroll);
        HBox bottom = new HBox(8, add, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
    }

    /** Shows the structure's chains as they are now (after an edit, an undo, another file). */
    public void refresh() {
        List<Object> key = List.of(viewModel.rows(), viewModel.bridgeOptions());
        refreshing = true;
        try {
            if (!key.equals(layoutKey)) {
                layoutKey = key;
                rebuild();
            }
            for (ChainsEditorViewModel.Row row : viewModel.rows()) {
                for (ChainField field : ChainField.values()) {
                    TextField f = fields.get(row.index() + "-" + field.name());
                    f.setText(viewModel.text(row.index(), field));
                    f.setUserData(f.getText());
                }
                bridgeChoices.get(row.index()).setValue(row.bridge().isEmpty() ? ChainsEditorViewModel.NO_BRIDGE
                        : row.bridge());
            }
        } finally {
            refreshing = false;
        }
        empty.setText(viewModel.emptyNote());
        empty.setVisible(!empty.getText().isEmpty());
        empty.setManaged(empty.isVisible());
    }

    /** For tests: answers the removal question instead of a dialog. */
    public void setConfirm(Predicate<String> value) {
        confirm = value;
    }

    private void rebuild() {
        fields.clear();
        bridgeChoices.clear();
        chains.getChildren().clear();
        for (ChainsEditorViewModel.Row row : viewModel.rows()) {
            chains.getChildren().add(block(row));
        }
    }

    private VBox block(ChainsEditorViewModel.Row row) {
        int i = row.index();
        TextField name = text("chain-name-" + i, row.name(), "The chain's name; the positions on it keep to it."
                + " Enter or Tab applies.", typed -> viewModel.renameChain(i, typed));
        ComboBox<String> bridge = new ComboBox<>();
        bridge.getItems().setAll(viewModel.bridgeOptions());
        bridge.setId("chain-bridge-" + i);
        bridge.setTooltip(new Tooltip("The bridge the chain is reached over: what the pool holds on it is lost in"
                + " part when the bridge is exploited. No bridge: nothing on the chain is bridged (as on the home"
                + " chain). Several chains may share a bridge."));
        bridge.valueProperty().addListener((o, was, now) -> {
            if (!refreshing && now != null) {
                viewModel.chooseBridge(i, now);
                refresh();
            }
        });
        bridgeChoices.add(bridge);
        TextField bridgeName = text("bridge-name-" + i, row.bridge(), "The bridge's name; every chain reached over it"
                + " follows. Enter or Tab applies.", typed -> viewModel.renameBridge(i, typed));
        bridgeName.setDisable(row.bridge().isEmpty());
        Button remove = new Button("Remove");
        remove.setId("chain-remove-" + i);
        remove.setTooltip(new Tooltip(row.positions().isEmpty() ? "Removes the chain (Undo brings it back)."
                : "Removes the chain; you are asked first, and its positions move to the home chain."));
        remove.setOnAction(e -> remove(i));
        Label title = new Label(row.home() ? "Home chain" : "Chain " + (i + 1));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label holds = new Label(row.positions().isEmpty() ? "no positions"
                : "holds " + String.join(", ", row.positions()));
        holds.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        holds.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        // five columns: name, bridge, bridge name (two wide), remove; then the five numbers
        grid.add(cell("Name", name), 0, 0);
        grid.add(cell("Bridge", bridge), 1, 0);
        grid.add(cell("Bridge name", bridgeName), 2, 0, 2, 1);
        VBox removeCell = new VBox(remove);
        removeCell.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        grid.add(removeCell, 4, 0);
        bridge.setMaxWidth(Double.MAX_VALUE);
        int column = 0;
        for (ChainField field : ChainField.values()) {
            TextField f = text("chain-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + i,
                    viewModel.text(i, field), field.tooltip(), typed -> viewModel.setNumber(i, field, typed));
            f.setPrefColumnCount(7);
            f.setDisable(field.ofBridge() && row.bridge().isEmpty());
            fields.put(i + "-" + field.name(), f);
            grid.add(cell(capitalized(field.label()) + " (" + unitText(field) + ")", f), column, 1);
            column++;
        }
        VBox block = new VBox(4, new HBox(8, title, holds), grid);
        block.setId("chain-block-" + i);
        block.setPadding(new Insets(6));
        block.setStyle("-fx-border-color: -color-border-muted; -fx-border-radius: 4;");
        return block;
    }

    private void remove(int chain) {
        List<String> on = viewModel.positionsOn(chain);
        if (on.isEmpty()) {
            viewModel.removeChain(chain, false);
        } else {
            String name = viewModel.rows().get(chain).name();
            if (confirm.test("Remove " + name + "? It holds " + String.join(", ", on) + "; "
                    + (on.size() == 1 ? "it moves" : "they move") + " to the home chain.")) {
                viewModel.removeChain(chain, true);
            }
        }
        refresh();
    }

    private TextField text(String id, String value, String tip, Predicate<String> apply) {
        TextField field = new TextField(value);
        field.setUserData(value);
        field.textProperty().addListener((o, was, now) -> {
            if (refreshing) {
                field.setUserData(now); // the value shown, not typed
            }
        });
        field.setId(id);
        field.setTooltip(new Tooltip(tip));
        // only a field still in the window whose text the user changed applies: a field an undo
        // replaced loses its focus after the window is rebuilt, with the text it had before
        Runnable commit = () -> {
            if (!refreshing && !field.isDisabled() && field.getScene() != null
                    && !field.getText().equals(field.getUserData())) {
                apply.test(field.getText());
                refresh();
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return field;
    }

    /** A field under its label (the label names it for screen readers and mnemonics). */
    private static VBox cell(String text, javafx.scene.control.Control control) {
        VBox cell = new VBox(2, labelFor(text, control), control);
        cell.setFillWidth(true);
        return cell;
    }

    private static Label labelFor(String text, javafx.scene.Node node) {
        Label label = new Label(text);
        label.setLabelFor(node);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static String unitText(ChainField field) {
        return switch (field.unit()) {
            case PERCENT -> "%";
            case RATIO -> "0 to 1";
            default -> field.unit().label();
        };
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean askOnScreen(String question) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, question, javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        alert.setHeaderText("Remove a chain that holds positions");
        return alert.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isPresent();
    }
}

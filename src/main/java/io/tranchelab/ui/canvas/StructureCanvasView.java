package io.tranchelab.ui.canvas;

import io.tranchelab.ui.edit.PositionEdits;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/** Pool box, an arrow, the tranche stack, and a toolbar for adding, removing and reordering. */
public final class StructureCanvasView extends BorderPane {

    private final CanvasViewModel viewModel;

    public StructureCanvasView(CanvasViewModel viewModel) {
        this.viewModel = viewModel;
        setId("structure-canvas");
        setTop(toolbar());
        PoolBoxView pool = new PoolBoxView(viewModel);
        ScrollPane poolScroll = new ScrollPane(pool);
        poolScroll.setFitToWidth(true);
        poolScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        poolScroll.setStyle("-fx-pref-width: 17.9em; -fx-min-width: 14.3em;"); // 250 and 200 px at 14 px text
        TrancheStackView stack = new TrancheStackView(viewModel);
        Label stackTitle = new Label("Tranches");
        stackTitle.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        VBox stackColumn = new VBox(4, stackTitle, stack);
        stackColumn.setPadding(new Insets(8, 8, 8, 0));
        VBox.setVgrow(stack, Priority.ALWAYS);
        // room for a block's longest line ("Mezzanine 12.5 %", "4.00 % | EL 0.00 %") in a 400 px
        // left side: the pool box gives way first (its names wrap)
        stackColumn.setStyle("-fx-min-width: 11.5em;");
        HBox.setHgrow(poolScroll, Priority.ALWAYS);
        HBox.setHgrow(stackColumn, Priority.SOMETIMES);
        HBox body = new HBox(4, poolScroll, arrow(), stackColumn);
        body.setAlignment(Pos.CENTER_LEFT);
        body.setId("canvas-body");
        keyboard(body);
        setCenter(body);
    }

    /**
     * The canvas takes the keyboard focus (Tab, or a click) with a focus ring: arrows step the
     * selection through pool, positions and tranches; Delete or Backspace removes the selected
     * position or tranche (an undoable edit, like the Remove button).
     */
    private void keyboard(HBox body) {
        body.setFocusTraversable(true);
        body.getStyleClass().add("canvas-body");
        body.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> body.requestFocus());
        body.focusedProperty().addListener((o, was, now) -> body.setStyle(now
                ? "-fx-border-color: -color-accent-emphasis; -fx-border-width: 2; -fx-border-radius: 4;"
                : "-fx-border-color: transparent; -fx-border-width: 2;"));
        body.setStyle("-fx-border-color: transparent; -fx-border-width: 2;");
        body.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN, RIGHT -> viewModel.selectNext(1);
                case UP, LEFT -> viewModel.selectNext(-1);
                case DELETE, BACK_SPACE -> viewModel.removeSelected();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private ToolBar toolbar() {
        Button addTranche = button("+ Tranche", "Split the selected tranche (or the equity) in two");
        addTranche.setId("add-tranche");
        addTranche.setOnAction(e -> viewModel.addTranche());
        MenuButton addPosition = new MenuButton("+ Position");
        addPosition.setId("add-position");
        addPosition.getItems().addAll(item("Yield position", PositionEdits.Kind.YIELD),
                item("Loan book", PositionEdits.Kind.LOAN_BOOK), item("Credit lines", PositionEdits.Kind.CREDIT_LINE));
        Button remove = button("Remove", "Remove the selected tranche or position");
        remove.setId("remove-selected");
        remove.disableProperty().bind(viewModel.canRemoveProperty().not());
        remove.setOnAction(e -> viewModel.removeSelected());
        Button up = button("\u2191", "Move the selection up (more senior, or earlier in the pool)");
        up.disableProperty().bind(viewModel.canMoveUpProperty().not());
        up.setOnAction(e -> viewModel.moveSelected(-1));
        Button down = button("\u2193", "Move the selection down");
        down.disableProperty().bind(viewModel.canMoveDownProperty().not());
        down.setOnAction(e -> viewModel.moveSelected(1));
        return new ToolBar(addTranche, addPosition, remove, up, down);
    }

    private MenuItem item(String text, PositionEdits.Kind kind) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> viewModel.addPosition(kind));
        return item;
    }

    private static Button button(String text, String tip) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private static VBox arrow() {
        Line shaft = new Line(0, 0, 26, 0);
        shaft.setStrokeWidth(3);
        shaft.setStyle("-fx-stroke: -color-fg-muted;");
        Polygon head = new Polygon(0, -7, 12, 0, 0, 7);
        head.setStyle("-fx-fill: -color-fg-muted;");
        HBox arrow = new HBox(shaft, head);
        arrow.setAlignment(Pos.CENTER);
        Label caption = new Label("cash");
        caption.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_MUTED, atlantafx.base.theme.Styles.TEXT_SMALL);
        VBox box = new VBox(2, arrow, caption);
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(44);
        return box;
    }
}

package io.tranchelab.ui.canvas;

import atlantafx.base.theme.Styles;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.format.Formats;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pool drawn as a box: one row per position with its kind, size, yield and share of value. */
public final class PoolBoxView extends VBox {

    private final CanvasViewModel viewModel;
    private final VBox rows = new VBox(4);
    /** The position being dragged onto a chain, or -1. */
    private int dragged = -1;

    public PoolBoxView(CanvasViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        viewModel.positions().addListener((ListChangeListener<CanvasViewModel.PositionItem>) c -> rebuild());
        viewModel.chainGroups().addListener((ListChangeListener<ChainGroups.Group>) c -> rebuild());
        viewModel.selectionProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    private void createView() {
        setId("pool-box");
        getStyleClass().add("pool-box");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label();
        title.textProperty().bind(viewModel.poolTitleProperty());
        title.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(title);
        header.setCursor(Cursor.HAND);
        header.setId("pool-header");
        header.setOnMouseClicked(e -> viewModel.select(Selection.POOL));
        Label hint = new Label("click: fees, reserve, OC, horizon");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setOnMouseClicked(e -> viewModel.select(Selection.POOL));
        Label moveError = new Label();
        moveError.setId("chain-move-error");
        moveError.setWrapText(true);
        moveError.getStyleClass().add("param-error");
        moveError.textProperty().bind(viewModel.moveErrorProperty());
        moveError.visibleProperty().bind(moveError.textProperty().isNotEmpty());
        moveError.managedProperty().bind(moveError.visibleProperty());
        getChildren().addAll(header, hint, moveError, rows);
    }

    private void rebuild() {
        rows.getChildren().clear();
        if (viewModel.chainGroups().isEmpty()) {
            for (int i = 0; i < viewModel.positions().size(); i++) {
                rows.getChildren().add(row(i, viewModel.positions().get(i)));
            }
            return;
        }
        // cross-chain pools (model.md §2.10): a heading per chain, its positions under it; a
        // position dragged onto another chain's group moves there
        for (int g = 0; g < viewModel.chainGroups().size(); g++) {
            ChainGroups.Group group = viewModel.chainGroups().get(g);
            Label title = new Label(group.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label note = new Label(group.positions().isEmpty() ? group.note() + " · drag a position here"
                    : group.note());
            note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            note.setWrapText(true);
            VBox heading = new VBox(0, title, note);
            heading.setId("chain-group-" + g);
            heading.getStyleClass().add("chain-group");
            heading.setPadding(new Insets(g == 0 ? 0 : 6, 0, 0, 0));
            VBox target = new VBox(4, heading);
            target.setId("chain-drop-" + g);
            target.getStyleClass().add("chain-drop");
            acceptDrops(target, group.chain());
            for (int i : group.positions()) {
                if (i < viewModel.positions().size()) {
                    VBox row = row(i, viewModel.positions().get(i));
                    row.setPadding(new Insets(4, 6, 4, 14)); // indented under its chain
                    startsDrag(row, i);
                    target.getChildren().add(row);
                }
            }
            rows.getChildren().add(target);
        }
    }

    /*
     * The drag is a full press-drag-release gesture inside the scene, not a platform drag and
     * drop: it carries nothing outside the window, needs no clipboard, and runs headless too.
     */
    private void startsDrag(VBox row, int index) {
        row.setOnDragDetected(e -> {
            dragged = index; // every full drag starts here, so a drop never sees an older index
            row.startFullDrag();
            e.consume();
        });
    }

    private void acceptDrops(VBox target, String chain) {
        target.setOnMouseDragEntered(e -> {
            if (dragged >= 0) {
                target.getStyleClass().add("drop-target");
            }
        });
        target.setOnMouseDragExited(e -> target.getStyleClass().remove("drop-target"));
        target.setOnMouseDragReleased(e -> {
            target.getStyleClass().remove("drop-target");
            int index = dragged;
            dragged = -1;
            if (index >= 0) {
                viewModel.moveToChain(index, chain);
            }
            e.consume();
        });
    }

    private VBox row(int index, CanvasViewModel.PositionItem item) {
        Label name = new Label(item.name());
        name.setStyle("-fx-font-weight: bold;");
        name.setMinWidth(0);
        name.setWrapText(true); // a narrow pool box wraps a long name rather than cutting it
        Label kind = new Label(item.kind().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
        kind.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        FlowPane facts = new FlowPane(8, 0, new Label(item.size()), new Label("yield " + item.yield()), kind);
        facts.setAlignment(Pos.BASELINE_LEFT);
        facts.setPrefWrapLength(150);
        ProgressBar share = new ProgressBar(item.share());
        share.setMaxWidth(Double.MAX_VALUE);
        share.setPrefHeight(6);
        HBox.setHgrow(share, Priority.ALWAYS);
        Label shareText = new Label(Formats.percentShort(item.share()));
        shareText.getStyleClass().add(Styles.TEXT_SMALL);
        HBox shareRow = new HBox(6, share, shareText);
        shareRow.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, name, facts, shareRow);
        row.setId("position-row-" + index);
        row.setPadding(new Insets(4, 6, 4, 6));
        row.getStyleClass().add("position-row");
        boolean selected = viewModel.selectionProperty().get() instanceof Selection.Position p && p.index() == index;
        if (selected) {
            row.getStyleClass().add("selected");
        }
        row.setCursor(Cursor.HAND);
        row.setOnMouseClicked(e -> viewModel.select(new Selection.Position(index)));
        return row;
    }
}

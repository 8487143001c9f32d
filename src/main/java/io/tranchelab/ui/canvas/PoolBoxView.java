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
        getChildren().addAll(header, hint, rows);
    }

    private void rebuild() {
        rows.getChildren().clear();
        if (viewModel.chainGroups().isEmpty()) {
            for (int i = 0; i < viewModel.positions().size(); i++) {
                rows.getChildren().add(row(i, viewModel.positions().get(i)));
            }
            return;
        }
        // cross-chain pools (model.md §2.10): a heading per chain, its positions under it
        for (int g = 0; g < viewModel.chainGroups().size(); g++) {
            ChainGroups.Group group = viewModel.chainGroups().get(g);
            Label title = new Label(group.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label note = new Label(group.note());
            note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            note.setWrapText(true);
            VBox heading = new VBox(0, title, note);
            heading.setId("chain-group-" + g);
            heading.getStyleClass().add("chain-group");
            heading.setPadding(new Insets(g == 0 ? 0 : 6, 0, 0, 0));
            rows.getChildren().add(heading);
            for (int i : group.positions()) {
                if (i < viewModel.positions().size()) {
                    VBox row = row(i, viewModel.positions().get(i));
                    row.setPadding(new Insets(4, 6, 4, 14)); // indented under its chain
                    rows.getChildren().add(row);
                }
            }
        }
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

package io.tranchelab.ui.canvas;

import io.tranchelab.ui.edit.Selection;
import io.tranchelab.format.Formats;
import io.tranchelab.ui.format.Palette;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;

/**
 * The tranche stack as a column, senior on top, each block as tall as its share. The handles
 * between blocks are dragged to move a boundary. Blocks and handles are kept across updates
 * (only re-laid out), so a drag survives the edits it makes.
 */
public final class TrancheStackView extends Pane {

    private static final double HANDLE = 10;
    private static final double LINE_HEIGHT = 16;

    private final CanvasViewModel viewModel;
    private final List<VBox> blocks = new ArrayList<>();
    private final List<Region> handles = new ArrayList<>();

    public TrancheStackView(CanvasViewModel viewModel) {
        this.viewModel = viewModel;
        setId("tranche-stack");
        // In em (130 x 200 and 165 x 300 px under the theme's 14 px), so the stack grows with the text.
        setStyle("-fx-min-width: 9.3em; -fx-min-height: 14.3em; -fx-pref-width: 11.8em; -fx-pref-height: 21.4em;");
        viewModel.tranches().addListener((ListChangeListener<CanvasViewModel.TrancheItem>) c -> sync());
        viewModel.selectionProperty().addListener((o, was, now) -> sync());
        sync();
    }

    private void sync() {
        int n = viewModel.tranches().size();
        while (blocks.size() < n) {
            blocks.add(newBlock(blocks.size()));
        }
        while (handles.size() < n - 1) {
            handles.add(newHandle(handles.size()));
        }
        List<javafx.scene.Node> children = new ArrayList<>(blocks.subList(0, n));
        children.addAll(handles.subList(0, Math.max(0, n - 1)));
        if (!getChildren().equals(children)) {
            // only when tranches came or went: setting the same nodes again takes them out of the
            // scene and back, which re-applies their CSS on every run the canvas shows
            getChildren().setAll(children);
        }
        for (int i = 0; i < n; i++) {
            fill(blocks.get(i), i, n, viewModel.tranches().get(i));
        }
        requestLayout();
    }

    private VBox newBlock(int index) {
        VBox block = new VBox(1);
        block.setId("tranche-block-" + index);
        block.setAlignment(Pos.CENTER);
        block.setPadding(new Insets(2, 6, 2, 6));
        block.setOnMouseClicked(e -> viewModel.select(new Selection.Tranche(index)));
        block.setCursor(Cursor.HAND);
        return block;
    }

    private Region newHandle(int boundary) {
        Region handle = new Region();
        handle.setId("tranche-boundary-" + boundary);
        handle.setCursor(Cursor.V_RESIZE);
        handle.setBackground(new Background(new BackgroundFill(Color.web("#ffffff", 0.01), null, null)));
        handle.setOnMouseEntered(e -> handle.setBackground(
                new Background(new BackgroundFill(Color.web("#202020", 0.35), new CornerRadii(3), null))));
        handle.setOnMouseExited(e -> handle.setBackground(
                new Background(new BackgroundFill(Color.web("#ffffff", 0.01), null, null))));
        handle.setOnMouseDragged(e -> {
            double y = sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
            viewModel.moveBoundary(boundary, (y - stackTop()) / stackHeight(), true);
            e.consume();
        });
        handle.setOnMouseReleased(e -> viewModel.endGesture());
        Tooltip.install(handle, new Tooltip("Drag to move the boundary between the two tranches"));
        return handle;
    }

    private void fill(VBox block, int i, int n, CanvasViewModel.TrancheItem item) {
        boolean selected = viewModel.selectionProperty().get() instanceof Selection.Tranche t && t.index() == i;
        block.setBackground(new Background(new BackgroundFill(Palette.tranche(i, n), new CornerRadii(4), null)));
        block.setBorder(selected ? new Border(new BorderStroke(Color.web("#111111"), BorderStrokeStyle.SOLID,
                new CornerRadii(4), new BorderWidths(2.5))) : Border.EMPTY);
        Color text = Palette.textOn(i, n);
        if (block.getChildren().isEmpty()) {
            Label terms = label("", "");
            terms.setId("tranche-el-" + i);
            block.getChildren().setAll(label("", "-fx-font-weight: bold;"), terms);
        }
        Label name = (Label) block.getChildren().get(0);
        Label terms = (Label) block.getChildren().get(1);
        name.setText(item.name() + " " + Formats.percentShort(item.share()));
        terms.setText(item.coupon() + "  |  " + item.expectedLoss());
        name.setTextFill(text);
        terms.setTextFill(text);
        String tip = item.name() + ": share " + Formats.percent(item.share()) + ", coupon " + item.coupon() + ", "
                + item.expectedLoss() + "\nClick to edit";
        if (block.getProperties().get(TIP) instanceof Tooltip installed) {
            installed.setText(tip); // one tooltip per block, not a new popup for every run shown
        } else {
            Tooltip tooltip = new Tooltip(tip);
            Tooltip.install(block, tooltip);
            block.getProperties().put(TIP, tooltip);
        }
    }

    private static final String TIP = "tranche-stack-tooltip";

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setStyle(style + "-fx-font-size: 0.88em;");
        label.setMinWidth(0);
        return label;
    }

    private double stackTop() {
        return snappedTopInset();
    }

    private double stackHeight() {
        return Math.max(1, getHeight() - snappedTopInset() - snappedBottomInset());
    }

    @Override
    protected void layoutChildren() {
        int n = viewModel.tranches().size();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double y = stackTop();
        for (int i = 0; i < n && i < blocks.size(); i++) {
            double h = viewModel.tranches().get(i).share() * stackHeight();
            VBox block = blocks.get(i);
            block.resizeRelocate(snappedLeftInset(), y + 1, width, Math.max(2, h - 2));
            List<javafx.scene.Node> labels = block.getChildren();
            for (int k = 0; k < labels.size(); k++) {
                labels.get(k).setVisible(h >= LINE_HEIGHT * (k + 1) + 4);
                labels.get(k).setManaged(labels.get(k).isVisible());
            }
            y += h;
            if (i < n - 1 && i < handles.size()) {
                handles.get(i).resizeRelocate(snappedLeftInset(), y - HANDLE / 2, width, HANDLE);
            }
        }
        handles.forEach(Region::toFront);
    }
}

package io.tranchelab.ui.present;

import io.tranchelab.chart.ChartColors;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.ui.edit.PositionValues;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The structure drawn for a slide: the pool's positions, an arrow, and the tranche stack with
 * each block as tall as its share, in type large enough for a room (the workbench's canvas is
 * made for editing at arm's length).
 */
final class SlideDiagram extends HBox {

    /** A thin tranche still gets a readable block. */
    private static final double MIN_BLOCK = 34;

    SlideDiagram(Structure structure) {
        setId("slide-diagram");
        setSpacing(14);
        setAlignment(Pos.CENTER);
        Label arrow = new Label("\u27a1");
        arrow.getStyleClass().add("slide-arrow");
        getChildren().addAll(pool(structure), arrow, stack(structure));
    }

    private static VBox pool(Structure structure) {
        VBox pool = new VBox(6);
        pool.getStyleClass().add("slide-pool");
        pool.setPadding(new Insets(12, 16, 12, 16));
        Label title = new Label("Pool " + Formats.money(PositionValues.poolValue(structure)));
        title.getStyleClass().add("slide-pool-title");
        pool.getChildren().add(title);
        for (Position position : structure.positions()) {
            String asset = PositionValues.assetOf(position);
            Label line = new Label(Formats.money(PositionValues.initialValue(structure, position)) + "  "
                    + position.name() + (asset == null ? "" : " (" + asset + ")") + ", "
                    + Formats.percent(PositionValues.yield(position)));
            line.getStyleClass().add("slide-pool-line");
            line.setWrapText(true);
            pool.getChildren().add(line);
        }
        HBox.setHgrow(pool, Priority.ALWAYS);
        pool.setMaxWidth(420);
        return pool;
    }

    private static VBox stack(Structure structure) {
        VBox stack = new VBox();
        stack.setPrefWidth(260);
        stack.setMinWidth(250);
        List<Tranche> tranches = structure.tranches();
        for (int t = 0; t < tranches.size(); t++) {
            Tranche tranche = tranches.get(t);
            Label block = new Label(tranche.name() + "  " + Formats.percent(tranche.share()));
            block.getStyleClass().add("slide-block");
            block.setStyle("-fx-background-color: " + ChartColors.trancheHex(t, tranches.size()) + ";");
            block.setMaxWidth(Double.MAX_VALUE);
            block.setMinHeight(MIN_BLOCK);
            block.setPrefHeight(Math.max(MIN_BLOCK, 260 * tranche.share()));
            block.setMaxHeight(Double.MAX_VALUE);
            VBox.setVgrow(block, Priority.ALWAYS);
            stack.getChildren().add(block);
        }
        return stack;
    }
}

package io.tranchelab.ui;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.util.List;

/** Help > Keyboard Shortcuts (F1): every key the workbench answers to, in one table. */
final class ShortcutsDialog {

    /** One key and what it does. */
    record Shortcut(String keys, String action) {
    }

    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Ctrl+N", "New structure"),
            new Shortcut("Ctrl+O", "Open a structure"),
            new Shortcut("Ctrl+S / Ctrl+Shift+S", "Save / Save as"),
            new Shortcut("Ctrl+Z", "Undo (the menu names the edit)"),
            new Shortcut("Ctrl+Shift+Z, Ctrl+Y", "Redo"),
            new Shortcut("Ctrl+K", "Compare scenarios"),
            new Shortcut("Ctrl+T / Ctrl+M / Ctrl+G / Ctrl+Alt+H", "Analyze: sensitivity (tornado) / alignment map / solve"
                    + " for / hedge comparison"),
            new Shortcut("Ctrl+Shift+K / Ctrl+Shift+H", "Credit: score table / score the selected credit line from"
                    + " its history"),
            new Shortcut("Ctrl+Shift+B", "Chains and bridges of a cross-chain pool (Edit menu)"),
            new Shortcut("F5", "Presentation; arrows step through slides, Esc ends it"),
            new Shortcut("Esc", "Close the scenario editor, the compare or the Analyze window"),
            new Shortcut("Tab / Shift+Tab", "Move between the structure canvas, fields and sliders"),
            new Shortcut("Arrows on the canvas", "Select the pool, a position or a tranche"),
            new Shortcut("Delete on the canvas", "Remove the selected position or tranche (undoable)"),
            new Shortcut("Left / Right on a slider", "Fine step (1 % of its range)"),
            new Shortcut("Page Up / Page Down on a slider", "Coarse step (10 % of its range)"),
            new Shortcut("Home / End on a slider", "Its lowest / highest value"),
            new Shortcut("Enter in a field", "Apply the typed value"),
            new Shortcut("Ctrl+Q", "Quit"),
            new Shortcut("F1", "This list"));

    private ShortcutsDialog() {
    }

    static void show(Scene owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.setTitle("Keyboard shortcuts - TrancheLab");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane table = new GridPane();
        table.setId("shortcuts-table");
        table.setHgap(16);
        table.setVgap(4);
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label keys = new Label(SHORTCUTS.get(i).keys());
            keys.setStyle("-fx-font-weight: bold;");
            table.addRow(i, keys, new Label(SHORTCUTS.get(i).action()));
        }
        alert.getDialogPane().setContent(table);
        if (owner != null && owner.getWindow() != null) {
            alert.initOwner(owner.getWindow());
        }
        alert.show();
    }
}

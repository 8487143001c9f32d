package io.tranchelab.ui;

import io.tranchelab.ui.document.DocumentActions;
import io.tranchelab.ui.document.RecentFiles;
import io.tranchelab.ui.document.StructureTemplates;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;

/**
 * File, Edit and Help menus with the usual shortcuts (Ctrl+N/O/S, Ctrl+Shift+S, Ctrl+Z,
 * Ctrl+Shift+Z, F1); Undo and Redo name the edit they act on.
 */
final class WorkbenchMenuBar extends MenuBar {

    WorkbenchMenuBar(WorkbenchViewModel viewModel, DocumentActions actions, RecentFiles recentFiles, Runnable quit) {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent, actions, recentFiles));
        fillRecent(recent, actions, recentFiles);
        Menu file = new Menu("File", null,
                newItem(actions),
                templates(actions),
                item("Open...", "Shortcut+O", actions::open),
                recent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", actions::save),
                item("Save As...", "Shortcut+Shift+S", actions::saveAs),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", quit));
        MenuItem undo = item("Undo", "Shortcut+Z", viewModel::undo);
        undo.disableProperty().bind(viewModel.document().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", viewModel::redo);
        redo.disableProperty().bind(viewModel.document().canRedoProperty().not());
        MenuItem redoAlt = item("Redo", "Shortcut+Y", viewModel::redo);
        redoAlt.setVisible(false);
        Menu edit = new Menu("Edit", null, undo, redo, redoAlt);
        edit.setId("menu-edit");
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        // the items name the edit they take back or do again: "Undo Change volatility"
        edit.setOnShowing(e -> nameUndoItems(viewModel, undo, redo));
        viewModel.document().structureProperty().addListener((o, was, now) -> nameUndoItems(viewModel, undo, redo));
        MenuItem shortcuts = item("Keyboard Shortcuts", "F1", () -> ShortcutsDialog.show(getScene()));
        shortcuts.setId("menu-shortcuts");
        Menu help = new Menu("Help", null, shortcuts);
        help.setId("menu-help");
        getMenus().addAll(file, edit, help); // menus added later go before Help, which stays last
    }

    static void nameUndoItems(WorkbenchViewModel viewModel, MenuItem undo, MenuItem redo) {
        String u = viewModel.document().undoName();
        String r = viewModel.document().redoName();
        undo.setText(u == null ? "Undo" : "Undo " + u);
        redo.setText(r == null ? "Redo" : "Redo " + r);
    }

    private static MenuItem newItem(DocumentActions actions) {
        MenuItem blank = item("New", "Shortcut+N", actions::newDocument);
        blank.setId("menu-new");
        return blank;
    }

    private static Menu templates(DocumentActions actions) {
        Menu templates = new Menu("New from Template");
        templates.setId("menu-templates");
        for (StructureTemplates.Template template : StructureTemplates.ALL) {
            MenuItem item = new MenuItem(template.label());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.newFromTemplate(template));
            templates.getItems().add(item);
        }
        // the protocol templates (docs/model.md §7.9) under their own heading
        MenuItem heading = new MenuItem("Protocol templates");
        heading.setDisable(true);
        templates.getItems().addAll(new SeparatorMenuItem(), heading);
        for (StructureTemplates.Template template : StructureTemplates.PROTOCOLS) {
            MenuItem item = new MenuItem(template.label());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.newFromTemplate(template));
            templates.getItems().add(item);
        }
        return templates;
    }

    private static void fillRecent(Menu recent, DocumentActions actions, RecentFiles recentFiles) {
        recent.getItems().clear();
        for (Path path : recentFiles.files()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(path));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}

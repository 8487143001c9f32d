package io.tranchelab.ui.chains;

import io.tranchelab.ui.WorkbenchViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Edit > Chains and Bridges... (Ctrl+Shift+B): the window that adds, renames and removes the
 * pool's chains and edits their bridges and halts (docs/model.md §2.10, §5.5). One window, made
 * on first use, kept in step with the document (undo, redo, another file).
 */
public final class ChainsMenu {

    private final WorkbenchViewModel workbench;
    private final Node owner;
    private Stage window;
    private ChainsEditorView view;

    private ChainsMenu(WorkbenchViewModel workbench, Node owner) {
        this.workbench = workbench;
        this.owner = owner;
    }

    /** Adds the item at the end of the Edit menu (menu id "menu-edit"); a bar without one gets nothing. */
    public static ChainsMenu install(MenuBar menus, WorkbenchViewModel workbench, Node owner) {
        ChainsMenu chains = new ChainsMenu(workbench, owner);
        MenuItem open = new MenuItem("Chains and Bridges...");
        open.setId("menu-chains");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        open.setOnAction(e -> chains.open());
        menus.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst()
                .ifPresent(edit -> edit.getItems().addAll(new SeparatorMenuItem(), open));
        return chains;
    }

    /** Opens (or brings up) the Chains window. */
    public ChainsEditorView open() {
        if (window == null) {
            view = new ChainsEditorView(new ChainsEditorViewModel(workbench::current, workbench::edit));
            window = new Stage();
            window.setTitle("Chains and bridges");
            window.initOwner(owner.getScene().getWindow());
            window.setScene(new Scene(view, 820, 460));
            window.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
            io.tranchelab.ui.scenarios.EscapeCloses.install(window);
            io.tranchelab.ui.UndoKeys.install(view, workbench); // Ctrl+Z here undoes the document, as in the main window
            workbench.document().structureProperty().addListener((o, was, now) -> view.refresh());
        }
        view.refresh();
        window.show();
        window.toFront();
        return view;
    }
}

package io.tranchelab.ui.credit;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.edit.ScoringEdits;
import io.tranchelab.ui.edit.Selection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The Credit menu, before Help: Score Table... (Ctrl+Shift+K, the score-to-PD table with CSV
 * import and export) and Score Selected Line From History (Ctrl+Shift+H, toggles a credit line
 * between a stated score and one computed by the scorecard, docs/model.md §2.9).
 */
public final class CreditMenu {

    private final WorkbenchViewModel workbench;
    private final Node owner;
    private Stage tableWindow;
    private ScoreTableView tableView;

    private CreditMenu(WorkbenchViewModel workbench, Node owner) {
        this.workbench = workbench;
        this.owner = owner;
    }

    public static CreditMenu install(MenuBar menus, WorkbenchViewModel workbench, Node owner) {
        CreditMenu credit = new CreditMenu(workbench, owner);
        MenuItem table = item("Score Table...", "Shortcut+Shift+K", credit::openTable);
        table.setId("menu-score-table");
        MenuItem scored = item("Score Selected Line From History", "Shortcut+Shift+H", credit::toggleHistory);
        scored.setId("menu-score-from-history");
        Menu menu = new Menu("Credit", null, table, scored);
        menu.setId("menu-credit");
        menu.setOnShowing(e -> {
            int line = credit.selectedCreditLine();
            scored.setDisable(line < 0);
            scored.setText(line >= 0 && ((CreditLine) workbench.current().positions().get(line)).history().isPresent()
                    ? "Use Stated Score for Selected Line" : "Score Selected Line From History");
        });
        menus.getMenus().add(Math.max(0, menus.getMenus().size() - 1), menu); // Help stays last
        return credit;
    }

    /** The window on the structure's score table, made on first use and kept in step with undo. */
    public ScoreTableView openTable() {
        if (tableWindow == null) {
            tableView = new ScoreTableView(new ScoreTableViewModel(workbench::current, workbench::edit),
                    workbench.simulation().jobs().newTask());
            tableWindow = new Stage();
            tableWindow.setTitle("Score table");
            tableWindow.initOwner(owner.getScene().getWindow());
            tableWindow.setScene(new Scene(tableView, 1000, 560));
            io.tranchelab.ui.scenarios.EscapeCloses.install(tableWindow);
            // only while it is on screen: the horizon table is worked out on each refresh, and an edit
            // (a slider drag) must not pay for a window that is closed; showing it refreshes it
            workbench.document().structureProperty().addListener((o, was, now) -> {
                if (tableWindow.isShowing()) {
                    tableView.refresh();
                }
            });
        } else {
            tableView.refresh(); // a new view has just worked its table out; a kept one may be behind the edits
        }
        tableWindow.show();
        tableWindow.toFront();
        return tableView;
    }

    private void toggleHistory() {
        int line = selectedCreditLine();
        if (line < 0) {
            return;
        }
        Structure s = workbench.current();
        boolean scored = ((CreditLine) s.positions().get(line)).history().isPresent();
        workbench.edit(ScoringEdits.toggleHistory(s, line), scored ? "Use stated score" : "Score from history");
    }

    private int selectedCreditLine() {
        Selection selection = workbench.selectionProperty().get();
        Structure s = workbench.current();
        return selection instanceof Selection.Position p && p.index() < s.positions().size()
                && s.positions().get(p.index()) instanceof CreditLine ? p.index() : -1;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}

package io.tranchelab.ui;

import io.tranchelab.model.Structure;
import io.tranchelab.ui.document.StructureTemplates;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.metrics.MetricsRow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each protocol template (docs/model.md §7.9) opens in the workbench, runs, and shows its kind in the pool's panel. */
@ExtendWith(ApplicationExtension.class)
class ProtocolTemplatesUiTest {

    private WorkbenchOnStage shown;

    @Start
    void start(Stage stage) {
        shown = WorkbenchOnStage.show(stage, 1280, 800);
    }

    @AfterEach
    void stop() {
        shown.close();
    }

    @Test
    void everyProtocolTemplateOpensRunsAndShowsItsKind(FxRobot robot) throws Exception {
        Workbench workbench = shown.workbench();
        shown.awaitFullRun();
        for (StructureTemplates.Template template : StructureTemplates.PROTOCOLS) {
            robot.interact(() -> workbench.actions().newFromTemplate(template));
            shown.awaitFullRun();
            Structure opened = workbench.viewModel().current();
            assertEquals(template.structure(), opened);
            TableView<MetricsRow> table = robot.lookup("#metrics-table").queryTableView();
            List<String> rows = table.getItems().stream().map(MetricsRow::tranche).toList();
            assertEquals(opened.tranches().stream().map(t -> t.name()).toList(), rows, template.label());
            robot.interact(() -> workbench.viewModel().selectionProperty().set(new Selection.Pool()));
            WaitForAsyncUtils.waitForFxEvents();
            ComboBox<String> kind = robot.lookup("#choice-waterfallKind").queryComboBox();
            assertEquals(opened.waterfall().kind().label(), kind.getSelectionModel().getSelectedItem(), template.label());
        }
    }
}

package io.tranchelab.ui;

import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.ui.export.ChartExportMenu;
import io.tranchelab.ui.export.ExportViewModel;
import io.tranchelab.ui.present.PresentationView;
import io.tranchelab.ui.run.SimulationService;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presentation mode and chart export driven headless (Monocle), with the real core. */
@ExtendWith(ApplicationExtension.class)
class MeetingRoomUiTest {

    private Workbench workbench;
    private SimulationService simulation;
    private WorkbenchOnStage shown;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = WorkbenchOnStage.show(stage, 1280, 800);
        simulation = shown.simulation();
        workbench = shown.workbench();
    }

    @AfterEach
    void stop() {
        shown.close();
    }

    private void awaitFullRun() throws Exception {
        shown.awaitFullRun();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void f5PresentsASlidePerScenarioArrowsStepAndEscRestoresTheEditor(FxRobot robot) throws Exception {
        awaitFullRun();
        List<String> names = ScenarioLibrary.namesFor(workbench.viewModel().current());
        int n = names.size();

        robot.push(KeyCode.F5);
        assertTrue(stage.getScene().getRoot() instanceof PresentationView, "the slides replace the editor");
        assertTrue(robot.lookup("#main-window").tryQuery().isEmpty(), "no menus or editors on a slide");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#slide").tryQuery().isPresent());
        assertEquals("1 / " + n, text(robot, "#slide-number"));
        assertEquals("base", text(robot, "#slide-title"));

        robot.push(KeyCode.RIGHT);
        assertEquals("2 / " + n, text(robot, "#slide-number"));
        assertEquals(names.get(1), text(robot, "#slide-title"));
        robot.push(KeyCode.RIGHT);
        assertEquals(names.get(2), text(robot, "#slide-title"));
        robot.push(KeyCode.LEFT);
        assertEquals("2 / " + n, text(robot, "#slide-number"));
        robot.push(KeyCode.END);
        assertEquals(n + " / " + n, text(robot, "#slide-number"));
        assertEquals(names.get(n - 1), text(robot, "#slide-title"));
        robot.push(KeyCode.HOME);
        assertEquals("base", text(robot, "#slide-title"));
        ChartViewer waterfall = robot.lookup("#slide-waterfall").query();
        assertTrue(waterfall.getChart().getCategoryPlot().getDataset().getColumnCount() > 0, "the waterfall is drawn");

        robot.push(KeyCode.ESCAPE);
        assertSame(workbench.window(), stage.getScene().getRoot(), "the editor is back");
        assertFalse(stage.isFullScreen());
        assertTrue(robot.lookup("#slide").tryQuery().isEmpty());
        assertTrue(robot.lookup("#metrics-table").tryQuery().isPresent());
    }

    @Test
    void theChartMenuSavesAPngOfTheChosenSizeAndAnSvgAndListsEachEntryOnce(FxRobot robot, @TempDir Path dir)
            throws Exception {
        awaitFullRun();
        ChartViewer viewer = robot.lookup("#chart-waterfall").query();
        robot.interact(() -> ChartExportMenu.install(viewer, workbench.exports())); // a second install adds nothing
        List<String> items = new ArrayList<>(viewer.getContextMenu().getItems().stream().map(MenuItem::getText).toList());
        assertEquals(List.of("Save as PNG", "Save as SVG...", "Save as PDF (vector)...", "Copy to Clipboard"),
                items.subList(0, 4));
        List<String> all = new ArrayList<>();
        for (MenuItem item : viewer.getContextMenu().getItems()) {
            all.add(item.getText());
            if (item instanceof javafx.scene.control.Menu menu) {
                menu.getItems().forEach(sub -> all.add(sub.getText()));
            }
        }
        all.removeIf(java.util.Objects::isNull); // separators
        assertEquals(all.size(), new java.util.HashSet<>(all).size(), "each entry once: " + all);
        assertTrue(all.stream().noneMatch(t -> t.contains("Export") || t.equals("PNG...") || t.equals("SVG...")),
                "JFreeChart's own export entries are gone: " + all);

        Path png = dir.resolve("waterfall.png");
        Path screen = dir.resolve("waterfall-screen.png");
        Path svg = dir.resolve("waterfall.svg");
        Path pdf = dir.resolve("waterfall.pdf");
        boolean[] saved = new boolean[4];
        ChartExportMenu.PngSize onScreen = ChartExportMenu.PNG_SIZES.get(ChartExportMenu.PNG_SIZES.size() - 1);
        robot.interact(() -> {
            saved[0] = ChartExportMenu.save(viewer, workbench.exports(), ExportViewModel.ChartFormat.PNG,
                    ChartExportMenu.FULL_HD, png);
            saved[1] = ChartExportMenu.save(viewer, workbench.exports(), ExportViewModel.ChartFormat.PNG, onScreen,
                    screen);
            saved[3] = ChartExportMenu.save(viewer, workbench.exports(), ExportViewModel.ChartFormat.PDF, null, pdf);
            saved[2] = ChartExportMenu.save(viewer, workbench.exports(), ExportViewModel.ChartFormat.SVG, null, svg);
        });

        assertTrue(saved[0] && saved[1] && saved[2] && saved[3]);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(Math.round(viewer.getWidth()), Math.round(document.getPage(0).getMediaBox().getWidth()),
                    "the PDF laid out at the chart's size on screen");
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains("where the cash went"));
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        BufferedImage small = ImageIO.read(screen.toFile());
        assertEquals(Math.round(viewer.getWidth()), small.getWidth());
        assertEquals(Math.round(viewer.getHeight()), small.getHeight());
        String content = Files.readString(svg);
        java.util.regex.Matcher size = java.util.regex.Pattern
                .compile("<svg[^>]*width=['\"]([0-9.]+)['\"][^>]*height=['\"]([0-9.]+)['\"]").matcher(content);
        assertTrue(size.find(), content.substring(0, Math.min(300, content.length())));
        assertEquals(Math.round(viewer.getWidth()), Math.round(Double.parseDouble(size.group(1))));
        assertEquals(Math.round(viewer.getHeight()), Math.round(Double.parseDouble(size.group(2))));
        assertTrue(text(robot, "#status-export").contains("waterfall.svg"));
    }

}

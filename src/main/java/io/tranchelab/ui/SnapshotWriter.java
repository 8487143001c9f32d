package io.tranchelab.ui;

import io.tranchelab.ui.present.PresentationViewModel;
import io.tranchelab.io.AtomicFiles;
import io.tranchelab.ui.run.RunKind;
import io.tranchelab.ui.run.SimulationService;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --snapshot FILE.png}: waits for the first full run to reach the charts, lets a few
 * frames render, saves the window as a PNG and exits (0 when the run succeeded).
 */
final class SnapshotWriter {

    private static final Duration SETTLE = Duration.millis(800);
    private static final Duration TIMEOUT = Duration.minutes(5);

    private SnapshotWriter() {
    }

    static void afterFullRun(SimulationService simulation, Scene scene, LaunchOptions size, Path target) {
        boolean[] done = {false};
        Runnable check = () -> {
            boolean finished = !simulation.isBusy()
                    && (simulation.errorProperty().get() != null || simulation.lastRunProperty().get() != null
                    && simulation.lastRunProperty().get().kind() == RunKind.FULL);
            if (finished && !done[0]) {
                done[0] = true;
                int code = simulation.errorProperty().get() == null ? 0 : 1;
                later(SETTLE, () -> writeAndExit(scene, size, target, code));
            }
        };
        simulation.busyProperty().addListener((o, was, now) -> check.run());
        simulation.lastRunProperty().addListener((o, was, now) -> check.run());
        later(TIMEOUT, () -> {
            if (!done[0]) {
                System.err.println("snapshot: no full run within " + TIMEOUT.toSeconds() + " s; writing what is shown");
                writeAndExit(scene, size, target, 1);
            }
        });
    }

    /** Waits for the presentation's slides, shows slide {@code slide} (from 1), then saves and exits. */
    static void afterSlidesReady(PresentationViewModel slides, int slide, Scene scene, LaunchOptions size,
                                 Path target) {
        Runnable write = () -> {
            slides.go(slide - 1);
            later(SETTLE, () -> writeAndExit(scene, size, target, slides.errorProperty().get() == null ? 0 : 1));
        };
        slides.readyProperty().addListener((o, was, now) -> {
            if (now) {
                write.run();
            }
        });
        slides.errorProperty().addListener((o, was, now) -> later(SETTLE, () -> writeAndExit(scene, size, target, 1)));
        later(TIMEOUT, () -> {
            System.err.println("snapshot: the slides were not ready within " + TIMEOUT.toSeconds() + " s");
            writeAndExit(scene, size, target, 1);
        });
    }

    /**
     * {@code --window compare|scenarios}: after the workbench's full run, opens that window at the
     * snapshot's size, waits until it shows its content (the compare window: its charts) and
     * saves it.
     */
    static void afterFullRunOpen(SimulationService simulation, Scene main, LaunchOptions size, Path target,
                                 java.util.function.Supplier<javafx.stage.Stage> open) {
        boolean[] opened = {false};
        Runnable check = () -> {
            boolean finished = !simulation.isBusy() && simulation.lastRunProperty().get() != null
                    && simulation.lastRunProperty().get().kind() == RunKind.FULL;
            if (finished && !opened[0]) {
                opened[0] = true;
                javafx.stage.Stage stage = open.get();
                stage.setWidth(size.width());
                stage.setHeight(size.height());
                stage.getScene().getRoot().setStyle(main.getRoot().getStyle()); // the same UI scale
                awaitContent(stage.getScene(), size, target, System.nanoTime());
            }
        };
        simulation.busyProperty().addListener((o, was, now) -> check.run());
        simulation.lastRunProperty().addListener((o, was, now) -> check.run());
        later(TIMEOUT, () -> {
            System.err.println("snapshot: the window was not ready within " + TIMEOUT.toSeconds() + " s");
            writeAndExit(main, size, target, 1);
        });
    }

    /** Polls until the window has charts (if it is to have any) or four minutes passed, then writes. */
    private static void awaitContent(Scene scene, LaunchOptions size, Path target, long since) {
        boolean wantsCharts = "compare".equals(size.window().orElse(""));
        boolean hasCharts = scene.getRoot().lookupAll("*").stream()
                .anyMatch(n -> n instanceof org.jfree.chart.fx.ChartViewer);
        if (!wantsCharts || hasCharts || System.nanoTime() - since > 240e9) {
            later(SETTLE.multiply(2), () -> writeAndExit(scene, size, target, wantsCharts && !hasCharts ? 1 : 0));
        } else {
            later(Duration.millis(500), () -> awaitContent(scene, size, target, since));
        }
    }

    private static void later(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    /**
     * The image at the size asked for. A window manager or a small screen may have made the window
     * smaller than that; the content is then laid out again off screen at the size asked for,
     * rather than silently writing the window's size.
     */
    static WritableImage render(Scene scene, int width, int height) {
        if (Math.round(scene.getWidth()) == width && Math.round(scene.getHeight()) == height) {
            return scene.snapshot(null);
        }
        System.out.println("snapshot: the window is " + Math.round(scene.getWidth()) + "x"
                + Math.round(scene.getHeight()) + " on this screen; rendering off screen at " + width + "x" + height);
        javafx.scene.Parent root = scene.getRoot();
        scene.setRoot(new javafx.scene.Group());
        Scene offscreen = new Scene(root, width, height);
        offscreen.getStylesheets().setAll(scene.getStylesheets());
        root.applyCss();
        root.layout();
        return offscreen.snapshot(null);
    }

    private static void writeAndExit(Scene scene, LaunchOptions size, Path target, int code) {
        int exit = code;
        try {
            WritableImage image = render(scene, size.width(), size.height());
            if ((int) image.getWidth() != size.width() || (int) image.getHeight() != size.height()) {
                throw new IOException("rendered " + (int) image.getWidth() + "x" + (int) image.getHeight()
                        + " instead of " + size.width() + "x" + size.height());
            }
            BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
            BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(argb, 0, 0, null);
            Path absolute = target.toAbsolutePath();
            if (absolute.getParent() != null) {
                java.nio.file.Files.createDirectories(absolute.getParent());
            }
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            ImageIO.write(rgb, "png", png);
            AtomicFiles.write(absolute, png.toByteArray()); // like every file the app writes: whole or not at all
            System.out.println("snapshot written to " + absolute + " (" + rgb.getWidth() + "x" + rgb.getHeight() + ")");
        } catch (IOException | RuntimeException e) {
            System.err.println("snapshot failed: " + e);
            exit = 1;
        }
        Platform.exit();
        System.exit(exit);
    }
}

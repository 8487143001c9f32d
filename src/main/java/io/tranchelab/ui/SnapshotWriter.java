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

    static void afterFullRun(SimulationService simulation, Scene scene, Path target) {
        boolean[] done = {false};
        Runnable check = () -> {
            boolean finished = !simulation.isBusy()
                    && (simulation.errorProperty().get() != null || simulation.lastRunProperty().get() != null
                    && simulation.lastRunProperty().get().kind() == RunKind.FULL);
            if (finished && !done[0]) {
                done[0] = true;
                int code = simulation.errorProperty().get() == null ? 0 : 1;
                later(SETTLE, () -> writeAndExit(scene, target, code));
            }
        };
        simulation.busyProperty().addListener((o, was, now) -> check.run());
        simulation.lastRunProperty().addListener((o, was, now) -> check.run());
        later(TIMEOUT, () -> {
            if (!done[0]) {
                System.err.println("snapshot: no full run within " + TIMEOUT.toSeconds() + " s; writing what is shown");
                writeAndExit(scene, target, 1);
            }
        });
    }

    /** Waits for the presentation's slides, shows slide {@code slide} (from 1), then saves and exits. */
    static void afterSlidesReady(PresentationViewModel slides, int slide, Scene scene, Path target) {
        Runnable write = () -> {
            slides.go(slide - 1);
            later(SETTLE, () -> writeAndExit(scene, target, slides.errorProperty().get() == null ? 0 : 1));
        };
        slides.readyProperty().addListener((o, was, now) -> {
            if (now) {
                write.run();
            }
        });
        slides.errorProperty().addListener((o, was, now) -> later(SETTLE, () -> writeAndExit(scene, target, 1)));
        later(TIMEOUT, () -> {
            System.err.println("snapshot: the slides were not ready within " + TIMEOUT.toSeconds() + " s");
            writeAndExit(scene, target, 1);
        });
    }

    private static void later(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static void writeAndExit(Scene scene, Path target, int code) {
        int exit = code;
        try {
            WritableImage image = scene.snapshot(null);
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

package io.tranchelab.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained app image that {@code mvn verify} builds with jpackage (pre-integration-test),
 * run through its own launcher and jlinked runtime, as an installed app would be.
 */
class AppImageIT {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final AppImage image = AppImage.built();

    @TempDir
    Path work;

    @Test
    void launcherValidatesAShippedSampleAndExitsZero() throws Exception {
        Command.Outcome outcome = Command.of(image.launcher(), "validate", image.sample("eth-lending-book.json")).run(work);

        assertEquals(0, outcome.exitCode(), outcome.describe());
        assertTrue(outcome.stdout().contains("valid"), outcome.describe());
    }

    @Test
    void launcherReturnsTheCliExitCodeForABrokenFile() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.json"), "{ \"schemaVersion\": 1 }");

        Command.Outcome outcome = Command.of(image.launcher(), "validate", broken).run(work);

        assertEquals(2, outcome.exitCode(), outcome.describe());
    }

    /** The core draws from L64X128MixRandom, found by name in module jdk.random: jlink must keep it. */
    @Test
    void simulateRunsOnTheJlinkedRuntime() throws Exception {
        Command.Outcome outcome = Command.of(image.launcher(), "simulate", image.sample("eth-lending-book.json"),
                "--paths", 500, "--seed", 1).run(work);

        assertEquals(0, outcome.exitCode(), outcome.describe());
        assertTrue(outcome.stdout().contains("500 paths"), outcome.describe());
        assertTrue(outcome.stdout().contains("Senior"), outcome.describe());
    }

    @Test
    void everySampleShipsWithTheApp() throws IOException {
        try (var files = Files.list(Path.of("samples"))) {
            for (Path sample : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertArrayEquals(Files.readAllBytes(sample), Files.readAllBytes(image.sample(sample.getFileName().toString())),
                        sample + " differs in the image");
            }
        }
    }

    @Test
    void snapshotWritesAPngOfTheWorkbench() throws Exception {
        Path png = work.resolve("workbench.png");
        List<String> command = new ArrayList<>(onADisplay());
        command.addAll(List.of(image.launcher().toString(), "--snapshot", png.toString(), "--size", "1280x800",
                image.sample("eth-lending-book.json").toString()));

        Command.Outcome outcome = new Command(command).run(work);

        assertEquals(0, outcome.exitCode(), outcome.describe());
        assertTrue(Files.isRegularFile(png), "no PNG written\n" + outcome.describe());
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length));
        BufferedImage picture = ImageIO.read(png.toFile());
        assertEquals(1280, picture.getWidth());
        assertEquals(800, picture.getHeight());
    }

    /** The workbench needs a display: the real one if there is one, else a virtual one from Xvfb. */
    private static List<String> onADisplay() {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
        if (!linux || System.getenv("DISPLAY") != null) {
            return List.of();
        }
        assumeTrue(Command.onPath("xvfb-run"),
                "SKIPPED: no DISPLAY and no xvfb-run, so the workbench snapshot cannot be checked (apt-get install xvfb)");
        return List.of("xvfb-run", "--auto-servernum", "--server-args=-screen 0 1600x1000x24");
    }
}

package io.tranchelab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's command line:
 * {@code [FILE.json] [--snapshot FILE.png [--size WxH] [--present [--slide N] | --window compare|scenarios]]}.
 *
 * @param structureFile the structure to open, if given
 * @param snapshot      render the window to this PNG once the charts are computed, then exit
 * @param present       start in presentation mode (with a snapshot: of slide {@code slide}, from 1)
 * @param sizeGiven     whether --size was given; without it a window opens at a size that fits
 *                      its screen and a snapshot is {@value #DEFAULT_WIDTH}x{@value #DEFAULT_HEIGHT}
 * @param window        with a snapshot: the window to render ("compare", "scenarios"), empty for the workbench
 */
public record LaunchOptions(Optional<Path> structureFile, Optional<Path> snapshot, int width, int height,
                            boolean present, int slide, boolean sizeGiven, Optional<String> window) {

    /** The secondary windows a snapshot can render. */
    public static final java.util.Set<String> WINDOWS = java.util.Set.of("compare", "scenarios");

    /** A window without --size takes this share of the screen's visual bounds. */
    public static final double SCREEN_SHARE = 0.85;

    public static final int DEFAULT_WIDTH = 1366;
    public static final int DEFAULT_HEIGHT = 768;

    public static LaunchOptions parse(List<String> args) {
        Path file = null;
        Path snapshot = null;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        boolean present = false;
        boolean sizeGiven = false;
        String window = null;
        int slide = 1;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--snapshot")) {
                snapshot = Path.of(valueOf(args, i, "--snapshot"));
                i += arg.contains("=") ? 0 : 1;
            } else if (arg.startsWith("--size")) {
                String[] wh = valueOf(args, i, "--size").toLowerCase(java.util.Locale.ROOT).split("x");
                if (wh.length != 2) {
                    throw new IllegalArgumentException("--size takes WIDTHxHEIGHT, e.g. 1366x768");
                }
                try {
                    width = Integer.parseInt(wh[0].trim());
                    height = Integer.parseInt(wh[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--size takes WIDTHxHEIGHT, e.g. 1366x768");
                }
                if (width < 320 || height < 240 || width > 7680 || height > 4320) {
                    throw new IllegalArgumentException("--size must be between 320x240 and 7680x4320");
                }
                sizeGiven = true;
                i += arg.contains("=") ? 0 : 1;
            } else if (arg.startsWith("--window")) {
                window = valueOf(args, i, "--window").trim().toLowerCase(java.util.Locale.ROOT);
                if (!WINDOWS.contains(window)) {
                    throw new IllegalArgumentException("--window takes compare or scenarios");
                }
                i += arg.contains("=") ? 0 : 1;
            } else if (arg.equals("--present")) {
                present = true;
            } else if (arg.startsWith("--slide")) {
                try {
                    slide = Integer.parseInt(valueOf(args, i, "--slide").trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--slide takes a slide number from 1");
                }
                if (slide < 1) {
                    throw new IllegalArgumentException("--slide takes a slide number from 1");
                }
                present = true;
                i += arg.contains("=") ? 0 : 1;
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                file = Path.of(arg);
            }
        }
        return new LaunchOptions(Optional.ofNullable(file), Optional.ofNullable(snapshot), width, height,
                present, slide, sizeGiven, Optional.ofNullable(window));
    }

    /**
     * The size a window opens at on a screen whose visual bounds are {@code screenWidth} x
     * {@code screenHeight}: the --size given, or {@link #SCREEN_SHARE} of the screen (so a
     * 2560x1440 screen gets 2176x1224, not a laptop's 1366x768 scaled up), never more than the
     * screen. A snapshot renders at its size whatever the screen (see SnapshotWriter).
     */
    public double[] windowSize(double screenWidth, double screenHeight) {
        if (snapshot.isPresent()) {
            return new double[] {width, height};
        }
        if (sizeGiven) {
            return new double[] {Math.min(width, screenWidth), Math.min(height, screenHeight)};
        }
        return new double[] {Math.round(screenWidth * SCREEN_SHARE), Math.round(screenHeight * SCREEN_SHARE)};
    }

    private static String valueOf(List<String> args, int i, String option) {
        String arg = args.get(i);
        if (arg.startsWith(option + "=")) {
            return arg.substring(option.length() + 1);
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i + 1);
    }
}

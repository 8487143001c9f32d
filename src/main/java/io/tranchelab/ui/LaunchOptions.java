package io.tranchelab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's command line:
 * {@code [FILE.json] [--snapshot FILE.png [--size WxH] [--present [--slide N]]]}.
 *
 * @param structureFile the structure to open, if given
 * @param snapshot      render the window to this PNG once the charts are computed, then exit
 * @param present       start in presentation mode (with a snapshot: of slide {@code slide}, from 1)
 */
public record LaunchOptions(Optional<Path> structureFile, Optional<Path> snapshot, int width, int height,
                            boolean present, int slide) {

    public static final int DEFAULT_WIDTH = 1366;
    public static final int DEFAULT_HEIGHT = 768;

    public static LaunchOptions parse(List<String> args) {
        Path file = null;
        Path snapshot = null;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        boolean present = false;
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
                width = Integer.parseInt(wh[0].trim());
                height = Integer.parseInt(wh[1].trim());
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
                present, slide);
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

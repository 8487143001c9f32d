package io.tranchelab.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Starting the workbench where no window can open (an SSH session, a container) used to end in
 * the toolkit's stack trace. Here it ends in one sentence saying a display is needed and that
 * the command line works without one, exit 2.
 */
public final class WorkbenchDisplay {

    static final String NEEDS_DISPLAY = "the workbench needs a display and none is set (DISPLAY and WAYLAND_DISPLAY"
            + " are empty): run it on a desktop or under xvfb-run -a; the command line works without one"
            + " (tranchelab --help)";

    private WorkbenchDisplay() {
    }

    /** Starts the workbench through {@code launch}: 0 when it ran, 2 with a sentence on stderr if it cannot. */
    public static int open(Runnable launch) {
        return open(launch, System.err,
                missing(System.getProperty("os.name", ""), System.getenv(), System.getProperties()));
    }

    static int open(Runnable launch, PrintStream err, Optional<String> missing) {
        if (missing.isPresent()) {
            err.println("tranchelab: " + missing.get());
            return Cli.BAD_INPUT;
        }
        try {
            launch.run();
            return Cli.OK;
        } catch (UnsupportedOperationException e) {
            // what the toolkit throws when it cannot open its display ("Unable to open DISPLAY")
            err.println("tranchelab: the workbench cannot open a window (" + io.tranchelab.format.SafeText.message(
                    String.valueOf(e.getMessage())) + "); the command line works without one (tranchelab --help)");
            return Cli.BAD_INPUT;
        }
    }

    /**
     * Why no window can open, when that is known before trying: on Linux, neither an X11 nor a
     * Wayland display is named. A headless toolkit (Monocle, as the tests use) needs none.
     */
    static Optional<String> missing(String osName, Map<String, String> env, Properties properties) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")
                || "monocle".equalsIgnoreCase(properties.getProperty("glass.platform", ""))) {
            return Optional.empty();
        }
        boolean named = !env.getOrDefault("DISPLAY", "").isBlank()
                || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return named ? Optional.empty() : Optional.of(NEEDS_DISPLAY);
    }
}

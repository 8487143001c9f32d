package io.tranchelab.spark;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The job jar this runner was loaded from, if any: a cluster's executors need it on their class path. */
final class JobJar {

    private JobJar() {
    }

    /** Its absolute path, or null when the classes come from a folder (tests, an IDE). */
    static String path() {
        try {
            var source = SparkSweepRunner.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return location.toString().endsWith(".jar") ? location.toAbsolutePath().toString() : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}

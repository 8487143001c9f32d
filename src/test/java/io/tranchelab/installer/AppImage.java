package io.tranchelab.installer;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where jpackage puts things in the app image on this OS: the launcher that answers on the
 * console and the samples shipped with the app.
 */
record AppImage(Path launcher, Path samples) {

    /** The image the build made, from the failsafe configuration in pom.xml. */
    static AppImage built() {
        return in(Path.of(System.getProperty("installer.image", "target/installer/image")));
    }

    static AppImage in(Path imageDir) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path root = imageDir.resolve("TrancheLab");
            return new AppImage(root.resolve("tranchelab-cli.exe"), root.resolve("app/samples"));
        }
        if (os.startsWith("mac")) {
            Path contents = imageDir.resolve("TrancheLab.app/Contents");
            return new AppImage(contents.resolve("MacOS/TrancheLab"), contents.resolve("app/samples"));
        }
        return linuxAt(imageDir.resolve("TrancheLab"));
    }

    /** The Linux layout under its root: the image folder, or /opt/tranchelab once installed. */
    static AppImage linuxAt(Path root) {
        return new AppImage(root.resolve("bin/TrancheLab"), root.resolve("lib/app/samples"));
    }

    Path sample(String name) {
        return samples.resolve(name);
    }
}

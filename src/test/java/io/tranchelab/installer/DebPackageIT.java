package io.tranchelab.installer;

import org.junit.jupiter.api.TestReporter;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb that {@code mvn verify} builds where fakeroot is installed (profile installer-deb):
 * its file list goes to the build log, and its payload, desktop entry and scripts are checked.
 */
class DebPackageIT {

    private static final String WORKBENCH_WINDOW_CLASS = "io.tranchelab.ui.WorkbenchApp";

    private static Path deb;

    @TempDir
    Path work;

    @BeforeAll
    static void findThePackageAndListIt(TestReporter reporter) throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && !Boolean.getBoolean("installer.native.skip"),
                "SKIPPED: no .deb was built on this machine (it needs Linux with fakeroot and dpkg-deb)");
        try (var files = Files.list(Path.of(System.getProperty("installer.package")))) {
            List<Path> debs = files.filter(f -> f.toString().endsWith(".deb")).toList();
            assertEquals(1, debs.size(), "expected one .deb, found " + debs);
            deb = debs.get(0);
        }
        Command.Outcome listing = dpkgDeb("-c", deb);
        assertEquals(0, listing.exitCode(), listing.describe());
        reporter.publishEntry("dpkg-deb -c " + deb.getFileName(), listing.stdout());
    }

    @Test
    void packageHoldsTheLauncherRuntimeSamplesIconAndDesktopEntry() throws Exception {
        String listing = dpkgDeb("-c", deb).stdout();

        for (String path : List.of("./opt/tranchelab/bin/TrancheLab", "./opt/tranchelab/lib/runtime/lib/modules",
                "./opt/tranchelab/lib/app/tranchelab.jar", "./opt/tranchelab/lib/app/samples/eth-lending-book.json",
                "./opt/tranchelab/lib/TrancheLab.png", "./opt/tranchelab/lib/tranchelab-TrancheLab.desktop")) {
            assertTrue(listing.contains(path + "\n"), path + " missing from the package");
        }
    }

    @Test
    void packageDependsOnGtk() throws Exception {
        assertTrue(dpkgDeb("-f", deb, "Depends").stdout().contains("libgtk-3-0"));
    }

    @Test
    void menuEntryOpensTheFileItIsGivenAndOffersItselfForJson() throws Exception {
        dpkgDeb("-x", deb, work);
        String entry = Files.readString(work.resolve("opt/tranchelab/lib/tranchelab-TrancheLab.desktop"));

        assertTrue(entry.contains("Exec=/opt/tranchelab/bin/TrancheLab %f\n"), entry);
        assertTrue(entry.contains("MimeType=application/json"), entry);
        assertTrue(entry.contains("Icon=/opt/tranchelab/lib/TrancheLab.png\n"), entry);
        assertTrue(entry.contains("Categories=Office;Finance;"), entry);
        assertTrue(entry.contains("StartupWMClass=" + WORKBENCH_WINDOW_CLASS + "\n"), entry);
    }

    /** JavaFX names the window's X11 class after the Application subclass; a rename must update the entry. */
    @Test
    void menuEntryWindowClassIsTheWorkbenchApplication() {
        assertDoesNotThrow(() -> Class.forName(WORKBENCH_WINDOW_CLASS, false, getClass().getClassLoader()),
                "installer/linux/resources/TrancheLab.desktop names a class that does not exist");
    }

    @Test
    void installScriptsAddAndRemoveTheTranchelabCommand() throws Exception {
        Path control = work.resolve("DEBIAN");
        dpkgDeb("-e", deb, control);

        assertTrue(Files.readString(control.resolve("postinst")).contains("ln -sf /opt/tranchelab/bin/TrancheLab /usr/bin/tranchelab"));
        assertTrue(Files.readString(control.resolve("prerm")).contains("rm -f /usr/bin/tranchelab"));
    }

    /** Without a desktop menu (servers, containers) xdg-desktop-menu fails; the package must install and remove anyway. */
    @Test
    void desktopRegistrationCannotFailInstallOrRemoval() throws Exception {
        Path control = work.resolve("DEBIAN");
        dpkgDeb("-e", deb, control);

        assertTolerated(Files.readString(control.resolve("postinst")), "xdg-desktop-menu install");
        assertTolerated(Files.readString(control.resolve("prerm")), "xdg-desktop-menu uninstall");
    }

    private static void assertTolerated(String script, String command) {
        int at = script.indexOf(command);
        assertTrue(at > 0, command + " missing:\n" + script);
        int errorsIgnored = script.lastIndexOf("set +e", at);
        int errorsFatal = script.lastIndexOf("set -e", at);
        assertTrue(errorsIgnored > errorsFatal, command + " runs under set -e:\n" + script);
    }

    @Test
    void launcherFromThePackageValidatesASample() throws Exception {
        dpkgDeb("-x", deb, work);
        AppImage installed = AppImage.linuxAt(work.resolve("opt/tranchelab"));

        Command.Outcome outcome = Command.of(installed.launcher(), "validate", installed.sample("lp-fee-pool.json")).run(work);

        assertEquals(0, outcome.exitCode(), outcome.describe());
    }

    private static Command.Outcome dpkgDeb(Object... args) throws IOException, InterruptedException {
        Object[] command = new Object[args.length + 1];
        command[0] = "dpkg-deb";
        System.arraycopy(args, 0, command, 1, args.length);
        return Command.of(command).run(Path.of("."));
    }
}

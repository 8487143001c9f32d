package io.tranchelab.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Spark stays out of the desktop app (docs/decisions/0009-spark-sweeps.md): it is `provided` in
 * the -Pspark profile only, so neither the app image, nor the .deb, nor the runnable jar carries
 * a Spark or Scala jar or class. Only the job jar of `mvn -Pspark package` runs sweeps on Spark.
 */
class NoSparkInTheAppIT {

    /** spark-core_2.13-4.2.0.jar, scala-library-2.13.x.jar, and the like. */
    private static final Pattern SPARK_JAR = Pattern.compile("(spark-[a-z-]+_2\\.1[0-9]|scala-(library|reflect))"
            + "[-0-9.]*\\.jar");

    @Test
    void theNamesCheckedAreSparksAndScalasJars() {
        for (String jar : List.of("spark-core_2.13-4.2.0.jar", "spark-network-common_2.13-4.2.0.jar",
                "scala-library-2.13.16.jar")) {
            assertTrue(SPARK_JAR.matcher(jar).matches(), jar);
        }
        assertFalse(SPARK_JAR.matcher("jackson-databind-2.23.0.jar").matches());
    }

    @Test
    void theAppImageHasNoSparkJar() throws IOException {
        Path app = AppImage.built().samples().getParent();
        List<String> jars;
        try (Stream<Path> files = Files.list(app)) {
            jars = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }

        assertTrue(jars.contains("tranchelab.jar"), "the image's jars: " + jars);
        assertTrue(jars.contains("picocli-4.7.7.jar"), "the image's jars: " + jars);
        assertEquals(List.of(), jars.stream().filter(n -> SPARK_JAR.matcher(n).matches()).toList());
    }

    @Test
    void theRunnableJarHasNoSparkOrScalaClass() throws IOException {
        try (JarFile jar = new JarFile("target/tranchelab.jar")) {
            assertTrue(jar.stream().anyMatch(e -> e.getName().equals("io/tranchelab/Main.class")));
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/apache/spark/")
                    || e.getName().startsWith("scala/")), "target/tranchelab.jar holds Spark or Scala classes");
        }
    }

    @Test
    void theDebHasNoSparkJar() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && !Boolean.getBoolean("installer.native.skip"),
                "SKIPPED: no .deb was built on this machine (it needs Linux with fakeroot and dpkg-deb)");
        Path deb;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("installer.package")))) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Command.Outcome listing = Command.of("dpkg-deb", "-c", deb).run(Path.of("."));
        assertEquals(0, listing.exitCode(), listing.describe());

        List<String> jars = listing.stdout().lines().map(l -> l.substring(l.lastIndexOf('/') + 1))
                .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".jar")).toList();
        assertTrue(jars.contains("tranchelab.jar"), "the package's jars: " + jars);
        assertEquals(List.of(), jars.stream().filter(n -> SPARK_JAR.matcher(n).matches()).toList());
    }
}

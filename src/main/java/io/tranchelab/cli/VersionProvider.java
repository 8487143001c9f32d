package io.tranchelab.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code tranchelab --version}: the pom's version, copied into version.properties when Maven builds the jar. */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/io/tranchelab/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"tranchelab " + version()};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String manifest = VersionProvider.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "unknown (not built by Maven)";
    }
}

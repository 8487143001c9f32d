package io.tranchelab.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** A test's own main class run in a second JVM on the test class path, to be killed like a crashed app. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code main} with {@code args}; its stderr goes to its stdout. */
    public static Process start(Class<?> main, String... args) throws IOException {
        return start(List.of(), main, args);
    }

    /** Starts {@code main} with JVM options (such as "-Xmx32m") and {@code args}; its stderr goes to its stdout. */
    public static Process start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), main.getName()));
        command.addAll(Stream.of(args).toList());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The child's output up to the line {@code last}; ends early (without it) when the child dies. */
    public static CompletableFuture<List<String>> linesUntil(Process child, String last) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.equals(last)) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return lines;
        });
    }
}

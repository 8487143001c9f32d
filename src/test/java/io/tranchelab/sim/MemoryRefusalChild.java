package io.tranchelab.sim;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.scenario.ScenarioLibrary;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the sample structure in a JVM of a small heap: {@code run PATHS} one run, {@code compare
 * PATHS} every scenario of the library. Prints "completed" or "refused: " and the message; an
 * OutOfMemoryError is left to crash the JVM, as it would the application.
 */
public final class MemoryRefusalChild {

    private MemoryRefusalChild() {
    }

    public static void main(String[] args) throws Exception {
        Structure sample;
        try (InputStream in = MemoryRefusalChild.class.getResourceAsStream(
                "/io/tranchelab/samples/eth-lending-book.json")) {
            sample = StructureJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        RunSettings settings = RunSettings.of(sample).withPaths(Integer.parseInt(args[1])).withThreads(2);
        try {
            if (args[0].equals("compare")) {
                ScenarioComparison.run(sample, ScenarioLibrary.namesFor(sample), settings, ProgressListener.NONE,
                        CancellationToken.none());
            } else {
                Simulator.run(sample, settings, ProgressListener.NONE, CancellationToken.none());
            }
            System.out.println("completed");
        } catch (IllegalArgumentException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}

package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.io.ChildJvm;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs too big for the heap are refused with the figures before they allocate, never ended by
 * an OutOfMemoryError: measured in child JVMs of 32, 64 and 256 MB running the sample (at -Xmx32m
 * a 100,000-path run used to die with a raw OutOfMemoryError). A run the estimate lets through
 * must then complete in that heap, so the estimate is checked from both sides.
 */
class SmallHeapRefusalTest {

    @ParameterizedTest(name = "-Xmx{0}: {1} {2} paths")
    @CsvSource({
        "32m, run, 100000",
        "64m, run, 1000000",
        "256m, run, 10000000",
        // each of the library's scenarios keeps its 1,000,000 per-path losses per tranche while the next runs
        "256m, compare, 1000000",
    })
    void aRunTooBigForTheHeapIsRefusedWithTheFigures(String heap, String what, String paths) throws Exception {
        String output = child(heap, what, paths);
        assertTrue(output.startsWith("refused: "), output);
        assertTrue(output.contains("of memory") && output.contains("use at most about"), output);
        if (what.equals("compare")) {
            assertTrue(output.matches("refused: \\d+ scenarios of .*"), "refused before the first run: " + output);
        }
    }

    /**
     * 1,000 paths need about 12 MiB of the 23 MiB a 32 MB heap has free (most of it the two
     * workers' state of 256 paths each: their dated cash and its copies for the IRR, 4.5 MB a
     * worker): well inside the estimate's allowance, so the check does not hang on how much the
     * JVM happens to have free at the moment (20,000 paths sat on the edge: "17 MiB needed, 17 MiB
     * available" on one machine, and 5,000 did once a worker's paths went from 64 to 256).
     */
    @Test
    void aRunTheEstimateAllowsCompletesInThatHeap() throws Exception {
        String output = child("32m", "run", "1000");
        assertEquals("completed", output);
    }

    private static String child(String heap, String what, String paths) throws IOException, InterruptedException {
        Process process = ChildJvm.start(List.of("-Xmx" + heap, "-XX:+UseSerialGC"), MemoryRefusalChild.class,
                what, paths);
        List<String> lines = ChildJvm.linesUntil(process, "completed").join();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child did not end");
        String output = String.join("\n", lines);
        assertFalse(output.contains("OutOfMemoryError"), output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}

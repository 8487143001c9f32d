package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzes the structure reader with generated documents, mutated sample files and random bytes
 * ({@link FuzzSource}): every input either loads, as a structure that passes the validator and
 * survives a save and a load unchanged, or is refused with problems that each name a field
 * and say what is wrong. Anything else (another exception, or no answer within a generous
 * time) fails with the source, seed and index that rebuild the input. The hostile sources ({@link
 * FuzzHostile}) plant huge arrays, extreme numbers (what loads is then simulated and every figure
 * of the result must be finite) and control characters. Each input is read both
 * as text ({@link StructureJson#parse(String)}) and as a file's bytes.
 *
 * <p>The counts are printed and written to {@code target/fuzz/json-reader-fuzz.txt}. For a longer
 * soak: {@code mvn -B -q -o test -Dtest=JsonReaderFuzzTest -Dfuzz.inputs=100000}.
 */
class JsonReaderFuzzTest {

    /** Far above the milliseconds an input takes: only a hang reaches it. */
    private static final long TIMEOUT_SECONDS = 5;
    /** A longer soak: {@code -Dtranchelab.fuzzScale=10} runs ten times the inputs (new ones, same seeds). */
    private static final int SCALE = Integer.getInteger("tranchelab.fuzzScale", 1);
    /**
     * Or a number of inputs in all, shared among the sources as on every build:
     * {@code -Dfuzz.inputs=100000}. 0 (the default) uses the build's counts times {@link #SCALE}.
     */
    private static final int TOTAL_INPUTS = Integer.getInteger("fuzz.inputs", 0);
    /** The inputs per build, the sum of the counts below. */
    private static final int BUILD_INPUTS = 10_000 + 9_000 + 4_000 + 150 + 300 + 600;

    private static final Map<FuzzSource, int[]> COUNTS = new EnumMap<>(FuzzSource.class);
    private static ExecutorService reader;

    @BeforeAll
    static void startReaderThread() {
        reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "json-fuzz-reader");
            thread.setDaemon(true); // a hung input must not keep the JVM alive
            return thread;
        });
    }

    @ParameterizedTest(name = "{1} inputs from {0}, seed {2}")
    @CsvSource({"GENERATED, 10000, 1001", "MUTATED, 9000, 2002", "RANDOM_BYTES, 4000, 3003", "HUGE_ARRAYS, 150, 4004",
        "EXTREME_NUMBERS, 300, 5005", "CONTROL_CHARACTERS, 600, 6006"})
    void everyInputLoadsOrIsRefusedWithProblemsThatNameTheirField(FuzzSource source, int inputs, long seed)
            throws InterruptedException {
        int loaded = 0;
        inputs = TOTAL_INPUTS > 0 ? (int) Math.max(1, (long) TOTAL_INPUTS * inputs / BUILD_INPUTS) : inputs * SCALE;
        boolean simulate = source == FuzzSource.EXTREME_NUMBERS;
        for (int index = 0; index < inputs; index++) {
            byte[] input = source.input(seed, index);
            Future<Boolean> outcome = reader.submit(() -> loadsOrIsRefused(input, simulate));
            try {
                loaded += outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) ? 1 : 0;
            } catch (TimeoutException e) {
                outcome.cancel(true);
                fail(replay(source, seed, index, input) + ": no answer within " + TIMEOUT_SECONDS + " s");
            } catch (ExecutionException e) {
                throw new AssertionError(replay(source, seed, index, input) + ": " + e.getCause(), e.getCause());
            }
        }
        synchronized (COUNTS) {
            COUNTS.put(source, new int[] {inputs, loaded});
        }
        if (source != FuzzSource.RANDOM_BYTES && inputs >= 100) {
            assertTrue(loaded > 0, "no input of " + source + " loaded, so loading was not fuzzed");
            assertTrue(loaded < inputs, "every input of " + source + " loaded, so refusing was not fuzzed");
        }
    }

    /**
     * @param simulate whether a structure that loads is also run briefly, every figure of its
     *                 results checked finite (extreme numbers that validate must simulate)
     * @return whether the input loaded as text; its bytes are checked the same way
     */
    private static boolean loadsOrIsRefused(byte[] input, boolean simulate) {
        boolean loaded = loadsOrIsRefused(() -> StructureJson.parse(new String(input, StandardCharsets.UTF_8)));
        loadsOrIsRefused(() -> StructureJson.parse(input));
        if (loaded && simulate) {
            try {
                io.tranchelab.sim.FiniteResults.assertRunsFinite(StructureJson.parse(input), "this input");
            } catch (StructureFormatException e) {
                throw new AssertionError("loaded as text but not as bytes", e);
            }
        }
        return loaded;
    }

    private interface Parse {
        Structure parse() throws StructureFormatException;
    }

    private static boolean loadsOrIsRefused(Parse parse) {
        Structure structure;
        try {
            structure = parse.parse();
        } catch (StructureFormatException e) {
            assertFalse(e.problems().isEmpty(), "refused without a problem");
            for (Problem problem : e.problems()) {
                assertTrue(problem.pointer().isEmpty() || problem.pointer().startsWith("/"), problem::toString);
                assertFalse(problem.message().isBlank(), problem::toString);
            }
            return false;
        }
        assertEquals(List.of(), StructureValidator.validate(structure), "loaded but not valid");
        String json = StructureJson.toJson(structure);
        try {
            assertEquals(structure, StructureJson.parse(json), "changed by a save and a load");
            assertEquals(structure, StructureJson.parse(json.getBytes(StandardCharsets.UTF_8)),
                    "changed by a save to UTF-8 and a load");
        } catch (StructureFormatException e) {
            fail("loaded, but its own JSON is refused: " + e.problems() + "\n" + json);
        }
        return true;
    }

    private static String replay(FuzzSource source, long seed, int index, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return "input FuzzSource." + source + ".input(" + seed + ", " + index + ") ["
                + (text.length() > 400 ? text.substring(0, 400) + "..." : text) + "]";
    }

    @AfterAll
    static void reportCounts() throws IOException {
        reader.shutdownNow();
        int inputs = 0;
        int loaded = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<FuzzSource, int[]> entry : COUNTS.entrySet()) {
            int[] c = entry.getValue();
            report.append(line(entry.getKey().toString(), c[0], c[1]));
            inputs += c[0];
            loaded += c[1];
        }
        report.append(line("fuzz", inputs, loaded));
        Path file = Path.of(System.getProperty("basedir", "."), "target", "fuzz", "json-reader-fuzz.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private static String line(String what, int inputs, int loaded) {
        return String.format(Locale.ROOT, "%s: %,d inputs, %,d loaded, %,d refused%n", what, inputs, loaded,
                inputs - loaded);
    }
}

package io.tranchelab.sim;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The restructured core against the results the path-by-path core gave, to the bit: every figure
 * of {@link SimulationResult} (tranche and pool metrics, every waterfall series, every fan, every
 * per-path loss) of the four samples (base case at three seeds, each scenario at one), of a run
 * whose fans use fewer paths than it runs, and of 40 generated structures, digested per top-level
 * part of the result. The digests in {@code golden-results.txt} were recorded with the core as it
 * was before the structure-of-arrays restructuring (docs/decisions/0010), so this test proves
 * that the restructuring changed no bit of any result.
 *
 * <p>To record anew (only when the model itself changes, docs/model.md): run {@link #main} with
 * the file to write; with a second argument, a folder, it also writes every figure of every run
 * as text there, so that two cores can be compared figure by figure with {@code diff}.
 */
class GoldenResultsTest {

    static final String GOLDEN = "/io/tranchelab/sim/golden-results.txt";
    /**
     * Figures added to the result after the golden file was recorded: new figures, not changed
     * ones, so they are left out of the digests (their own tests pin them) and every recorded
     * figure is still compared to the bit.
     */
    static final java.util.Set<String> ADDED_AFTER_RECORDING = java.util.Set.of(
            "WaterfallSeries.hedgeExpense", "SimulationResult.crossChain",
            "TrancheMetrics.irrMean", "TrancheMetrics.irr5", "TrancheMetrics.irr50", "TrancheMetrics.irr95");
    private static final String[] SAMPLES = {"eth-lending-book", "staking-steth-note", "lp-fee-pool",
        "credit-pool-reputation"};
    private static final int PATHS = 300; // two blocks of 256, the second one short
    private static final int GENERATED = 40;

    /** One run to record: a name, the structure and its settings. */
    record GoldenRun(String name, Structure structure, RunSettings settings) {
    }

    static List<GoldenRun> runs() throws IOException {
        List<GoldenRun> runs = new ArrayList<>();
        for (String name : SAMPLES) {
            Structure structure = sample(name);
            RunSettings base = RunSettings.of(structure).withPaths(PATHS).withThreads(2);
            for (long seed : new long[] {1, 7, structure.simulation().seed()}) {
                runs.add(new GoldenRun(name + "/base/" + seed, structure, base.withSeed(seed)));
            }
            for (Scenario scenario : structure.scenarios()) {
                runs.add(new GoldenRun(name + "/" + scenario.name() + "/1", structure,
                        base.withSeed(1).withScenario(scenario.name())));
            }
        }
        Structure book = sample("eth-lending-book");
        runs.add(new GoldenRun("eth-lending-book/fewer-fan-paths", book,
                new RunSettings(600, 3, 3, Scenario.BASE_NAME, 30, 250)));
        for (long seed = 1; seed <= GENERATED; seed++) {
            Structure structure = RandomStructures.generate(seed);
            RunSettings settings = RunSettings.of(structure).withPaths(100 + (int) (seed * 7) % 200).withThreads(2);
            runs.add(new GoldenRun("generated/" + seed + "/base", structure, settings));
            runs.add(new GoldenRun("generated/" + seed + "/" + RandomStructures.STRESS, structure,
                    settings.withScenario(RandomStructures.STRESS)));
        }
        return runs;
    }

    static Structure sample(String name) throws IOException {
        try (InputStream in = GoldenResultsTest.class.getResourceAsStream("/io/tranchelab/samples/" + name + ".json")) {
            return StructureJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (StructureFormatException e) {
            throw new IllegalStateException("the bundled sample " + name + " does not load", e);
        }
    }

    @Test
    void everyFigureOfEveryRunIsTheOneThePathByPathCoreGave() throws IOException {
        Map<String, String> expected = readGolden();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (GoldenRun run : runs()) {
            Map<String, String> parts = digests(Simulator.run(run.structure(), run.settings()));
            for (Map.Entry<String, String> part : parts.entrySet()) {
                String key = run.name() + " " + part.getKey();
                String want = expected.get(key);
                if (want == null) {
                    differences.add(key + ": not in the golden file");
                } else if (!want.equals(part.getValue())) {
                    differences.add(key + ": differs");
                }
                compared++;
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + compared + " parts differ, e.g. "
                    + differences.subList(0, Math.min(10, differences.size())));
        }
        assertEquals(expected.size(), compared, "every recorded part was compared");
    }

    /** The digest must see a one-bit change anywhere in a result. */
    @Test
    void theDigestSeesOneUlpAnywhere() {
        Fan fan = new Fan(new double[] {1}, new double[] {2}, new double[] {3}, new double[] {4}, new double[] {5});
        Fan moved = new Fan(new double[] {1}, new double[] {2}, new double[] {3}, new double[] {Math.nextUp(4.0)},
                new double[] {5});
        assertEquals(false, text(fan).equals(text(moved)));
        assertEquals(text(fan), text(new Fan(new double[] {1}, new double[] {2}, new double[] {3}, new double[] {4},
                new double[] {5})));
    }

    private static Map<String, String> readGolden() throws IOException {
        return readGolden(GOLDEN);
    }

    /** A golden file's lines {@code KEY DIGEST} (the key may have spaces), in order. */
    static Map<String, String> readGolden(String resource) throws IOException {
        Map<String, String> golden = new LinkedHashMap<>();
        try (InputStream in = GoldenResultsTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    int space = line.lastIndexOf(' ');
                    golden.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        }
        return golden;
    }

    /** A digest of each top-level part of the result (the elapsed time left out). */
    static Map<String, String> digests(SimulationResult result) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (RecordComponent component : SimulationResult.class.getRecordComponents()) {
            if (!component.getName().equals("elapsedNanos")
                    && !ADDED_AFTER_RECORDING.contains("SimulationResult." + component.getName())) {
                parts.put(component.getName(), sha256(text(read(component, result))));
            }
        }
        return parts;
    }

    static String text(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.toString();
    }

    /** Every leaf as a line {@code where=value}, doubles by their bits. */
    private static void write(Object value, String where, StringBuilder out) {
        if (value == null) {
            out.append(where).append("=null\n");
        } else if (value instanceof Double d) {
            out.append(where).append('=').append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ')
                    .append(d).append('\n');
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                write(Array.get(value, i), where + "[" + i + "]", out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                write(list.get(i), where + "[" + i + "]", out);
            }
        } else if (value instanceof Record) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (!ADDED_AFTER_RECORDING.contains(value.getClass().getSimpleName() + "." + component.getName())) {
                    write(read(component, value), where + "." + component.getName(), out);
                }
            }
        } else {
            out.append(where).append('=').append(value).append('\n');
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records the golden file: {@code GoldenResultsTest FILE [DUMP_FOLDER]}. */
    public static void main(String[] args) throws IOException {
        StringBuilder golden = new StringBuilder();
        for (GoldenRun run : runs()) {
            SimulationResult result = Simulator.run(run.structure(), run.settings());
            digests(result).forEach((part, digest) -> golden.append(run.name()).append(' ').append(part).append(' ')
                    .append(digest).append('\n'));
            if (args.length > 1) {
                Path dump = Path.of(args[1], run.name().replaceAll("[^A-Za-z0-9.-]+", "_") + ".txt");
                Files.createDirectories(dump.getParent());
                Files.writeString(dump, text(result).replaceAll("(?m)^\\.elapsedNanos=.*\n", ""));
            }
        }
        Files.writeString(Path.of(args[0]), golden.toString());
    }
}

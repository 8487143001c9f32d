package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every path's IRR of every tranche (docs/model.md §8.5), to the bit, as the first IRR solver gave
 * it: the runs of {@link GoldenResultsTest} (its digests leave the IRR figures out, since they were
 * recorded before the IRR existed) and the schemaVersion 2 samples, each run's per-path IRRs digested
 * per tranche. The file {@code irr-golden.txt} was recorded with the path-by-path solver (one
 * safeguarded Newton per path, issue 13's starting point), so this test proves that solving the
 * paths of a block together changed no bit of any path's rate.
 *
 * <p>To record anew (only when the IRR's definition changes): run {@link #main} with the file to write.
 */
class IrrGoldenTest {

    static final String GOLDEN = "/io/tranchelab/sim/irr-golden.txt";
    private static final String[] V2_SAMPLES = {"credit-pool-scored", "cross-chain-vault", "hedged-eth-vault"};

    static List<GoldenResultsTest.GoldenRun> runs() throws IOException {
        List<GoldenResultsTest.GoldenRun> runs = new ArrayList<>(GoldenResultsTest.runs());
        for (String name : V2_SAMPLES) {
            var structure = GoldenResultsTest.sample(name);
            RunSettings base = RunSettings.of(structure).withPaths(300).withThreads(2);
            runs.add(new GoldenResultsTest.GoldenRun(name + "/base/1", structure, base.withSeed(1)));
            for (var scenario : structure.scenarios()) {
                runs.add(new GoldenResultsTest.GoldenRun(name + "/" + scenario.name() + "/1", structure,
                        base.withSeed(1).withScenario(scenario.name())));
            }
        }
        return runs;
    }

    /** Tranche index -> digest of the bits of its per-path IRRs, in path order. */
    static Map<String, String> digests(GoldenResultsTest.GoldenRun run) {
        PartialRun part = SplitRun.simulate(run.structure(), run.settings(), 0, SplitRun.blocks(run.settings()));
        Map<String, String> digests = new LinkedHashMap<>();
        for (int t = 0; t < part.irr.length; t++) {
            digests.put(run.name() + " irr[" + t + "]", GoldenResultsTest.sha256(GoldenResultsTest.text(part.irr[t])));
        }
        return digests;
    }

    @Test
    void everyPathsIrrIsTheOneThePathByPathSolverGave() throws IOException {
        Map<String, String> expected = GoldenResultsTest.readGolden(GOLDEN);
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (GoldenResultsTest.GoldenRun run : runs()) {
            for (Map.Entry<String, String> entry : digests(run).entrySet()) {
                String want = expected.get(entry.getKey());
                if (want == null) {
                    differences.add(entry.getKey() + ": not in the golden file");
                } else if (!want.equals(entry.getValue())) {
                    differences.add(entry.getKey() + ": differs");
                }
                compared++;
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + compared + " tranches' IRRs differ, e.g. "
                    + differences.subList(0, Math.min(10, differences.size())));
        }
        assertEquals(expected.size(), compared, "every recorded tranche was compared");
    }

    /** Records the golden file: {@code IrrGoldenTest FILE}. */
    public static void main(String[] args) throws IOException {
        StringBuilder golden = new StringBuilder();
        for (GoldenResultsTest.GoldenRun run : runs()) {
            digests(run).forEach((key, digest) -> golden.append(key).append(' ').append(digest).append('\n'));
        }
        Files.writeString(Path.of(args[0]), golden.toString());
    }
}

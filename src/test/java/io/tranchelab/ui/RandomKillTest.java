package io.tranchelab.ui;

import io.tranchelab.io.ChildJvm;
import io.tranchelab.io.RecoveryInstances;
import io.tranchelab.io.RecoveryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill test at random moments (docs/decisions/0005-edit-journal.md): a child JVM
 * ({@link EditStreamChild}) runs the workbench's document model with autosave and edits without
 * pause; it is killed with SIGKILL at a random moment, from the first milliseconds after autosave
 * starts to a few seconds later, whether a journal write is under way or not. The next start
 * must bring back at least the last edit the child saw acknowledged: the number of
 * acknowledged edits lost must be 0.
 *
 * <p>{@code -Dtranchelab.kills=100} for the dedicated run; CI runs {@link #DEFAULT_KILLS}.
 */
class RandomKillTest {

    static final int DEFAULT_KILLS = 10;
    private static final long SEED = 20261202L;

    @Test
    void noAcknowledgedEditIsLostWhateverTheMomentOfTheKill(@TempDir Path dir) throws Exception {
        int kills = Integer.getInteger("tranchelab.kills", DEFAULT_KILLS);
        SplittableRandom moments = new SplittableRandom(SEED);
        int acknowledgedLost = 0;
        int unacknowledgedLost = 0;
        long edits = 0;
        List<String> failures = new ArrayList<>();
        for (int run = 0; run < kills; run++) {
            Path root = dir.resolve("recovery-" + run);
            Path origin = Files.createDirectories(dir.resolve("deals")).resolve("deal-" + run + ".json");
            Outcome outcome = killAtRandom(root, origin, moments.nextInt(0, 2_500), moments.nextLong());
            edits += outcome.applied;
            int lost = Math.max(0, outcome.acknowledged - outcome.recovered);
            acknowledgedLost += lost;
            unacknowledgedLost += outcome.applied - Math.max(outcome.recovered, outcome.acknowledged);
            if (lost > 0 || outcome.recovered > outcome.applied) {
                failures.add(String.format(Locale.ROOT, "run %d: applied %d, acknowledged %d, recovered %d",
                        run, outcome.applied, outcome.acknowledged, outcome.recovered));
            }
        }
        System.out.printf(Locale.ROOT, "random kill test: %d kills, %d edits applied, acknowledged edits lost: %d,"
                + " edits applied but not yet acknowledged at the kill: %d%n", kills, edits, acknowledgedLost,
                unacknowledgedLost);
        assertEquals(List.of(), failures);
        assertEquals(0, acknowledgedLost);
    }

    private record Outcome(int applied, int acknowledged, int recovered) {
    }

    private static Outcome killAtRandom(Path root, Path origin, int afterMillis, long seed) throws Exception {
        Process child = ChildJvm.start(EditStreamChild.class, root.toString(), origin.toString(), Long.toString(seed));
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("reader failed: " + e);
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a JVM start on a busy machine
            while (System.nanoTime() < deadline && child.isAlive() && !lines.contains("ready")) {
                Thread.sleep(2);
            }
            Thread.sleep(afterMillis);
        } finally {
            child.destroyForcibly(); // SIGKILL: no flush, no close, no shutdown hook
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        reader.join(30_000); // everything it printed before it died
        assertTrue(lines.contains("ready"), () -> "the child did not start: " + lines);
        int applied = highest(lines, "applied ");
        int acknowledged = highest(lines, "ack ");

        List<RecoveryInstances.Orphan> orphans = new RecoveryInstances(root).orphans();
        int recovered = 0;
        for (RecoveryInstances.Orphan orphan : orphans) {
            RecoveryStore.Recovered copy = orphan.recovered().orElseThrow(() -> new AssertionError(
                    "unreadable recovery copy", orphan.unreadable().orElse(null)));
            assertEquals(origin.toAbsolutePath(), copy.origin().orElseThrow());
            recovered = Math.max(recovered, EditStreamChild.editOf(copy.structure().name()));
            orphan.held().close();
        }
        assertTrue(orphans.size() <= 1, () -> "one instance, one copy: " + orphans.size());
        return new Outcome(applied, acknowledged, recovered);
    }

    private static int highest(List<String> lines, String prefix) {
        return List.copyOf(lines).stream().filter(l -> l.startsWith(prefix)).mapToInt(l -> Integer.parseInt(l.substring(prefix.length())))
                .max().orElse(0);
    }
}

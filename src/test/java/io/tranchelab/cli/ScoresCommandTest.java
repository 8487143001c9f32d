package io.tranchelab.cli;

import io.tranchelab.io.ScoreTableCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tranchelab scores}: the scored sample's lines, their migration, and the table as CSV. */
class ScoresCommandTest {

    /**
     * samples/credit-pool-scored.json (samples/README.md): the market makers score 665 at the start;
     * after two years of monthly repayments (24 more, +0.72 log-odds) and two years of age (+0.4):
     * z = 7.3 + 1.12 = 8.42, 600 + 86.5617 x (8.42 - 6.55108) = 761.8 -> 762 (A, 0.05 %).
     */
    @Test
    void theScoredSampleShowsEachLinesScoreAndWhereItMigrates(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("table.csv");
        CliRun run = CliRun.of("scores", "samples/credit-pool-scored.json", "--table-csv", csv.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        String marketMakers = run.stdout().lines().filter(l -> l.startsWith("Tier-1 market makers")).findFirst()
                .orElseThrow();
        assertTrue(marketMakers.matches(".*history\\s+665\\s+0\\.14 %\\s+762\\s+0\\.050 %.*"), marketMakers);
        assertTrue(run.stdout().lines().anyMatch(l -> l.startsWith("Fintech") && l.contains("PD given")),
                run.stdout());
        assertEquals(List.of(), ScoreTableCsv.parse(Files.readString(csv)).stream()
                .filter(b -> b.minScore() < 0).toList());
        assertEquals(ScoreTableCsv.write(List.of()), Files.readString(csv), "the sample uses the built-in table");
    }

    @Test
    void aStructureWithoutCreditLinesSaysSo() {
        CliRun run = CliRun.of("scores", "samples/eth-lending-book.json");
        assertEquals(0, run.exitCode());
        assertTrue(run.stdout().contains("(no credit lines)"), run.stdout());
    }
}

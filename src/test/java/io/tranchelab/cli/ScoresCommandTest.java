package io.tranchelab.cli;

import io.tranchelab.io.ScoreTableCsv;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

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

    /**
     * The two-step case of ScoreStatesTest (docs/model.md §5.4.1, worked there by hand): a card
     * scoring 100 z with z = 6 + 0.5 a repayment - 1 a miss, two payments a year each missed with
     * probability 1/4, one year in two steps, rho 0. At the horizon: 700 (both made) 0.534375,
     * 550 (one missed) 0.341584, 400 (both missed) 0.054486, defaulted 0.069555; the survivors'
     * mean score (700 x 0.534375 + 550 x 0.341584 + 400 x 0.054486) / 0.930445 = 627.4.
     */
    @Test
    void aLineWhoseBorrowersMissShowsTheirScoresSpreadOverTheBands(@TempDir Path dir) throws Exception {
        Structure minimal = ExampleStructures.minimal();
        CreditLine line = new CreditLine("Spread borrowers", 1e6, 1000, 0, 0, OptionalDouble.empty(), 1.0, 0,
                Optional.empty(), Optional.of(new BorrowerHistory(0, 0, 0, 0, 2, 0, 0.25)));
        Structure s = minimal.withSimulation(minimal.simulation().withStepsPerYear(2))
                .withPositions(List.of(line))
                .withCreditScoreTable(List.of(new ScoreBand(0, 0.50), new ScoreBand(500, 0.20),
                        new ScoreBand(600, 0.05), new ScoreBand(700, 0.01)))
                .withScorecard(new Scorecard(6, 0.5, 0, 0, 0, 0, 1, 100 * Math.log(2), -1));
        Path file = dir.resolve("spread.json");
        Files.writeString(file, StructureJson.toJson(s));
        CliRun run = CliRun.of("scores", file.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        String out = run.stdout();
        assertTrue(out.contains("Spread borrowers: 1,000 borrowers, 2 payments a year, each missed with probability"
                + " 25.00 %"), out);
        assertTrue(out.matches("(?s).*700-1000\\s+1\\.00 %\\s+53\\.44 %.*"), out);
        assertTrue(out.matches("(?s).*600-699\\s+5\\.00 %\\s+0\\.00 %.*"), out);
        assertTrue(out.matches("(?s).*500-599\\s+20\\.00 %\\s+34\\.16 %.*"), out);
        assertTrue(out.matches("(?s).*0-499\\s+50\\.00 %\\s+5\\.45 %.*"), out);
        assertTrue(out.matches("(?s).*defaulted\\s+6\\.96 %.*"), out);
        assertTrue(out.contains("survivors' mean score 627.4"), out);
        assertTrue(out.contains("End: the score of a borrower that makes every payment"), out);
    }

    @Test
    void aStructureWithoutCreditLinesSaysSo() {
        CliRun run = CliRun.of("scores", "samples/eth-lending-book.json");
        assertEquals(0, run.exitCode());
        assertTrue(run.stdout().contains("(no credit lines)"), run.stdout());
    }
}

package io.tranchelab.io;

import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.ScoreBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/format.md "Score table CSV": the PD table round-trips through CSV to the last bit. */
class ScoreTableCsvTest {

    @Test
    void generatedTablesRoundTripToTheLastBit(@TempDir Path dir) throws Exception {
        SplittableRandom random = new SplittableRandom(16);
        for (int t = 0; t < 500; t++) {
            List<ScoreBand> table = new ArrayList<>();
            int score = 0;
            int bands = 1 + random.nextInt(t < 3 ? 1001 : 12);
            for (int b = 0; b < bands && score <= 1000; b++) {
                // PDs of every magnitude, including 0, 1 and values with no short decimal
                double pd = switch (random.nextInt(4)) {
                    case 0 -> 0.0;
                    case 1 -> 1.0;
                    case 2 -> random.nextDouble();
                    default -> Math.pow(10, -1 - 9 * random.nextDouble());
                };
                table.add(new ScoreBand(score, pd));
                score += 1 + random.nextInt(bands > 100 ? 1 : 150);
            }
            Path file = dir.resolve("table.csv");
            Files.writeString(file, ScoreTableCsv.write(table));
            assertEquals(table, ScoreTableCsv.read(file), "table " + t);
        }
    }

    @Test
    void theBuiltInTableIsWrittenLowestScoreFirstInPlainDecimals() {
        assertEquals("""
                minScore,annualDefaultProbability
                0,0.2612
                400,0.0293
                500,0.0056
                600,0.0014
                700,0.0005
                800,0.0002
                900,0.0001
                """, ScoreTableCsv.write(List.of()));
    }

    @Test
    void aSpreadsheetsExportReads() throws Exception {
        // a BOM, CRLF, spaces, a comment, a blank line and percentages, as spreadsheets and people write them
        String text = "\uFEFFminScore, annualDefaultProbability\r\n# S&P 2024, year 1\r\n0, 26.12%\r\n\r\n"
                + "400 ,2.93 %\r\n700,0.0005\r\n";
        assertEquals(List.of(new ScoreBand(0, 0.2612), new ScoreBand(400, 0.0293), new ScoreBand(700, 0.0005)),
                ScoreTableCsv.parse(text));
    }

    @Test
    void theDefaultTableReadBackIsTheBuiltInOne() throws Exception {
        List<ScoreBand> read = ScoreTableCsv.parse(ScoreTableCsv.write(List.of()));
        for (int score = 0; score <= 1000; score++) {
            assertEquals(CreditScoreTable.annualDefaultProbability(score, List.of()),
                    CreditScoreTable.annualDefaultProbability(score, read), "score " + score);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "score,pd\\n0,0.1|line 1|the first line must be the header",
            "minScore,annualDefaultProbability\\n100,0.1|line 2|the first band must start at 0",
            "minScore,annualDefaultProbability\\n0,0.1\\n0,0.2|line 3|above the previous band's 0",
            "minScore,annualDefaultProbability\\n0,0.1\\n1001,0.2|line 3|at most 1000",
            "minScore,annualDefaultProbability\\n0,1.5|line 2|from 0 to 1",
            "minScore,annualDefaultProbability\\n0,-0.1|line 2|from 0 to 1",
            "minScore,annualDefaultProbability\\n0,NaN|line 2|is not a number",
            "minScore,annualDefaultProbability\\n0,0x1p-3|line 2|is not a number",
            "minScore,annualDefaultProbability\\n0.5,0.1|line 2|is not a whole number",
            "minScore,annualDefaultProbability\\n0,0.1,x|line 2|has 3 cells",
            "minScore,annualDefaultProbability\\n|line 1|no bands"})
    void aBadLineIsNamedWithWhatIsAllowed(String text, String line, String message) {
        StructureFormatException e = assertThrows(StructureFormatException.class,
                () -> ScoreTableCsv.parse(text.replace("\\n", "\n")));
        assertEquals(line, e.problems().get(0).pointer(), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains(message), e.problems().toString());
    }

    @Test
    void aBandMayStartAtTheTopScore() throws Exception {
        assertEquals(List.of(new ScoreBand(0, 0.5), new ScoreBand(1000, 0.0)),
                ScoreTableCsv.parse("minScore,annualDefaultProbability\n0,0.5\n1000,0\n"));
    }

    @Test
    void aLongBadCellIsShortenedInTheMessage() {
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> ScoreTableCsv.parse(
                "minScore,annualDefaultProbability\n0,0.5\n" + "9".repeat(60) + ",0.1\n"));
        assertTrue(e.problems().get(0).message().contains("9".repeat(40) + "..."), e.problems().toString());
        assertTrue(!e.problems().get(0).message().contains("9".repeat(41)), e.problems().toString());
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() {
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> ScoreTableCsv.parse(
                "minScore,annualDefaultProbability\n0,2\n100,x\n-5,0.1\n"));
        assertEquals(List.of("line 2", "line 3", "line 4"), e.problems().stream().map(p -> p.pointer()).toList());
    }
}

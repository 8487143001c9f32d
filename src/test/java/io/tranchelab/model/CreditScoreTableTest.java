package io.tranchelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditScoreTableTest {

    @ParameterizedTest(name = "score {0} -> PD {1}")
    @CsvSource({
        "1000, 0.0001", "900, 0.0001",   // AAA, floored
        "899,  0.0002", "800, 0.0002",   // AA
        "799,  0.0005", "700, 0.0005",   // A
        "699,  0.0014", "600, 0.0014",   // BBB
        "599,  0.0056", "500, 0.0056",   // BB
        "499,  0.0293", "400, 0.0293",   // B
        "399,  0.2612", "0,   0.2612"})  // CCC/C
    void eachBandStartsAtItsMinimumScore(int score, double annualDefaultProbability) {
        assertEquals(annualDefaultProbability, CreditScoreTable.annualDefaultProbability(score, CreditScoreTable.DEFAULT));
    }

    @Test
    void aBetterScoreNeverHasAHigherDefaultProbability() {
        for (int score = 1; score <= CreditScoreTable.MAX_SCORE; score++) {
            assertTrue(CreditScoreTable.annualDefaultProbability(score, List.of())
                    <= CreditScoreTable.annualDefaultProbability(score - 1, List.of()), "score " + score);
        }
    }

    @Test
    void theTopBandIsFlooredAboveZeroAndStaysBelowTheNextBand() {
        double top = CreditScoreTable.annualDefaultProbability(CreditScoreTable.MAX_SCORE, List.of());
        assertTrue(top > 0);
        assertTrue(top < CreditScoreTable.annualDefaultProbability(899, List.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 399, 450, 650, 999})
    void anEmptyOrMissingTableMeansTheDefaultTable(int score) {
        double fromDefault = CreditScoreTable.annualDefaultProbability(score, CreditScoreTable.DEFAULT);
        assertEquals(fromDefault, CreditScoreTable.annualDefaultProbability(score, List.of()));
        assertEquals(fromDefault, CreditScoreTable.annualDefaultProbability(score, null));
    }

    @ParameterizedTest(name = "score {0} -> PD {1}")
    @CsvSource({"0, 0.2", "299, 0.2", "300, 0.05", "749, 0.05", "750, 0.001", "1000, 0.001"})
    void aCustomTableIsUsedWhateverTheOrderOfItsBands(int score, double annualDefaultProbability) {
        List<ScoreBand> custom = List.of(new ScoreBand(750, 0.001), new ScoreBand(0, 0.2), new ScoreBand(300, 0.05));
        assertEquals(annualDefaultProbability, CreditScoreTable.annualDefaultProbability(score, custom));
    }

    @Test
    void aScoreBelowEveryBandOfACustomTableIsRejected() {
        List<ScoreBand> custom = List.of(new ScoreBand(500, 0.01));
        assertThrows(IllegalArgumentException.class, () -> CreditScoreTable.annualDefaultProbability(499, custom));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001})
    void aScoreOutsideZeroToOneThousandIsRejected(int score) {
        assertThrows(IllegalArgumentException.class, () -> CreditScoreTable.annualDefaultProbability(score, List.of()));
    }
}

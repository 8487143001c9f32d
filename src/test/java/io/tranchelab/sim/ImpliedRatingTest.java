package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImpliedRatingTest {

    /**
     * The default table's thresholds by hand: grade g allows 1 - (1 - PD1)^T with the S&P
     * one-year rates AA 0.02 %, A 0.05 %, BBB 0.14 %, CCC/C 26.12 %. Over 2 years A allows
     * 1 - 0.9995^2 = 0.09998 %, BBB 1 - 0.9986^2 = 0.2798 %.
     */
    @ParameterizedTest
    @CsvSource({
        "0.0,     1.0, AAA",
        "0.0004,  1.0, A",
        "0.0009,  2.0, A",
        "0.0011,  2.0, BBB",
        "0.0027,  2.0, BBB",
        "0.0029,  2.0, BB",
        "0.5,     1.0, below CCC"})
    void defaultTableRatesAgainstSandPDefaultRates(double expectedLoss, double years, String rating) {
        assertEquals(rating, ImpliedRating.forExpectedLoss(expectedLoss, years));
    }

    /**
     * The scale's one-year allowances are S&P's published one-year default rates (2024 study,
     * Table 24, docs/ratings.md §2.3), typed here from that transcription of the publication, not read from the code:
     * AAA's 0.00 % taken as 0.01 %.
     */
    @ParameterizedTest(name = "{0} allows {1} over one year")
    @CsvSource({
        "0, AAA,   0.0001",
        "1, AA,    0.0002",
        "2, A,     0.0005",
        "3, BBB,   0.0014",
        "4, BB,    0.0056",
        "5, B,     0.0293",
        "6, CCC/C, 0.2612"})
    void oneYearAllowancesAreTheSandPOneYearDefaultRates(int index, String grade, double oneYearRate) {
        IdealizedLossTable scale = ImpliedRating.DEFAULT_RATE_EQUIVALENT;
        assertEquals(grade, scale.ratings().get(index));
        assertEquals(oneYearRate, scale.loss(index, 1), 1e-15);
        assertEquals(7, scale.ratings().size());
        assertEquals("below CCC", scale.worseThanEveryRating());
    }

    /** Ten years compound the one-year rate: BBB 1 - 0.9986^10 = 1.39121 %, B 1 - 0.9707^10 = 25.7237 %. */
    @ParameterizedTest
    @CsvSource({"3, 0.0139121285", "5, 0.2572369409", "0, 0.0009995501"})
    void tenYearAllowanceIsTheOneYearRateCompounded(int index, double tenYears) {
        assertEquals(tenYears, ImpliedRating.DEFAULT_RATE_EQUIVALENT.loss(index, 10), 1e-10);
    }

    /** A small hand-made table, so every expected number below can be worked out on paper. */
    static final IdealizedLossTable TABLE = new IdealizedLossTable(
            List.of("Aaa", "A2", "Baa3"),
            new double[][] {
                {0.0001, 0.0003, 0.0006},
                {0.001, 0.003, 0.005},
                {0.01, 0.02, 0.04}},
            "Ca");

    private static String rate(double expectedLoss, double horizonYears) {
        return ImpliedRating.forExpectedLoss(expectedLoss, horizonYears, TABLE);
    }

    private static int rank(String rating) {
        int index = TABLE.ratings().indexOf(rating);
        return index >= 0 ? index : TABLE.ratings().size();
    }

    @Test
    void eachTableValueMapsToItsOwnRatingAtItsWholeYearHorizon() {
        for (int r = 0; r < TABLE.ratings().size(); r++) {
            for (int year = 1; year <= TABLE.years(); year++) {
                assertEquals(TABLE.ratings().get(r), rate(TABLE.loss(r, year), year), "row " + r + " year " + year);
            }
        }
    }

    @Test
    void aLossJustAboveAThresholdFallsOneNotch() {
        for (int r = 0; r < TABLE.ratings().size(); r++) {
            String oneNotchWorse = r + 1 < TABLE.ratings().size() ? TABLE.ratings().get(r + 1) : "Ca";
            for (int year = 1; year <= TABLE.years(); year++) {
                assertEquals(oneNotchWorse, rate(Math.nextUp(TABLE.loss(r, year)), year), "row " + r + " year " + year);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1, 2.5, 10, 40})
    void zeroLossIsTheBestRating(double horizonYears) {
        assertEquals("Aaa", rate(0, horizonYears));
    }

    @ParameterizedTest(name = "EL {0} over {1} years -> {2}")
    @CsvSource({
        // between years: A2 at 1.5 y = 0.001 + 0.5 * (0.003 - 0.001) = 0.002
        "0.002,    1.5,  A2",
        "0.0021,   1.5,  Baa3",
        // Aaa at 2.5 y = 0.0003 + 0.5 * (0.0006 - 0.0003) = 0.00045
        "0.00045,  2.5,  Aaa",
        "0.00046,  2.5,  A2",
        // Baa3 at 2.25 y = 0.02 + 0.25 * (0.04 - 0.02) = 0.025
        "0.025,    2.25, Baa3",
        "0.0251,   2.25, Ca",
        // under a year: Aaa at 0.25 y = 0.25 * 0.0001 = 0.000025
        "0.000025, 0.25, Aaa",
        "0.00003,  0.25, A2",
        // beyond the table: Baa3 at 6 y = 1 - (1 - 0.04)^(6 / 3) = 0.0784
        "0.0783,   6,    Baa3",
        "0.0785,   6,    Ca",
        // A2 at 4.5 y = 1 - 0.995^1.5 = 0.0074906...
        "0.00749,  4.5,  A2",
        "0.00750,  4.5,  Baa3"})
    void interpolatesBetweenAndExtrapolatesBeyondTheWholeYears(double expectedLoss, double horizonYears, String rating) {
        assertEquals(rating, rate(expectedLoss, horizonYears));
    }

    @Test
    void aTotalLossIsBelowEveryRatingHoweverLongTheHorizon() {
        assertTrue(TABLE.threshold(2, 1000) < 1.0);
        assertEquals("Ca", rate(1.0, 1000));
        assertEquals("Ca", rate(1.0, 3));
    }

    @Test
    void aHigherLossNeverGetsABetterRating_seed20240611() {
        SplittableRandom random = new SplittableRandom(20240611L);
        for (int i = 0; i < 20_000; i++) {
            double horizon = random.nextDouble(0.01, 15);
            double a = Math.pow(10, random.nextDouble(-7, 0));
            double b = Math.pow(10, random.nextDouble(-7, 0));
            double lower = Math.min(a, b);
            double higher = Math.max(a, b);
            assertTrue(rank(rate(lower, horizon)) <= rank(rate(higher, horizon)),
                    () -> "EL " + lower + " vs " + higher + " over " + horizon + " years");
        }
    }

    @Test
    void theSameLossOverALongerHorizonNeverGetsAWorseRating_seed77() {
        SplittableRandom random = new SplittableRandom(77L);
        for (int i = 0; i < 20_000; i++) {
            double loss = Math.pow(10, random.nextDouble(-7, 0));
            double a = random.nextDouble(0.01, 15);
            double b = random.nextDouble(0.01, 15);
            double shorter = Math.min(a, b);
            double longer = Math.max(a, b);
            assertTrue(rank(rate(loss, longer)) <= rank(rate(loss, shorter)),
                    () -> "EL " + loss + " over " + shorter + " vs " + longer + " years");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void rejectsAnExpectedLossOutsideZeroToOne(double expectedLoss) {
        assertThrows(IllegalArgumentException.class, () -> rate(expectedLoss, 1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAHorizonThatIsNotAPositiveNumberOfYears(double horizonYears) {
        assertThrows(IllegalArgumentException.class, () -> rate(0, horizonYears));
    }

    @Test
    void rejectsATableWhoseWorseRatingAllowsNoMoreLoss() {
        assertThrows(IllegalArgumentException.class, () -> new IdealizedLossTable(
                List.of("Aaa", "Aa1"), new double[][] {{0.001, 0.002}, {0.001, 0.003}}, "Ca"));
    }

    @Test
    void rejectsACumulativeLossThatFallsWithTheHorizon() {
        assertThrows(IllegalArgumentException.class, () -> new IdealizedLossTable(
                List.of("Aaa"), new double[][] {{0.002, 0.001}}, "Ca"));
    }

    @Test
    void rejectsRowsOfUnequalLength() {
        assertThrows(IllegalArgumentException.class, () -> new IdealizedLossTable(
                List.of("Aaa", "Aa1"), new double[][] {{0.001, 0.002}, {0.003}}, "Ca"));
    }
}

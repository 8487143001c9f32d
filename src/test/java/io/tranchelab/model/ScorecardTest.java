package io.tranchelab.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/model.md §2.9: the logistic scorecard. */
class ScorecardTest {

    /**
     * A borrower by hand with the default scorecard (intercept 4.0, +0.08 a repayment, -1.2 a
     * liquidation, +0.5 a year of age, +1.0 per unit of mean collateral ratio; 600 points at odds
     * 700:1, 60 points to double the odds). 24 repayments, 1 liquidation, 730 days, ratio 1.8:
     * z = 4.0 + 1.92 - 1.2 + 1.0 + 1.8 = 7.52 (odds e^7.52 = 1844:1);
     * score = 600 + 60 / ln 2 x (7.52 - ln 700) = 600 + 86.5617 x (7.52 - 6.55108) = 683.87 -> 684,
     * in the BBB band (600-699) of the built-in table: PD 0.14 %.
     */
    @Test
    void theScorecardReproducesAHandComputedBorrower() {
        BorrowerHistory borrower = new BorrowerHistory(24, 1, 730, 1.8, 0);
        assertEquals(7.52, Scorecard.DEFAULT.logOdds(borrower), 1e-12);
        assertEquals(683.8713, Scorecard.DEFAULT.rawScore(borrower), 1e-4);
        assertEquals(684, Scorecard.DEFAULT.score(borrower));
        CreditLine line = new CreditLine("scored", 1e6, 10, 0.1, 0, java.util.OptionalDouble.empty(), 0.6, 0.1,
                java.util.Optional.empty(), java.util.Optional.of(borrower));
        assertEquals(684, CreditScoring.score(line, Scorecard.DEFAULT));
        assertEquals(0.0014, CreditScoring.annualDefaultProbability(line, ExampleStructures.minimal()
                .withPositions(List.of(line))));
    }

    /**
     * Another card by hand: intercept -2, +0.25 a repayment, -2 a liquidation, +1 a year, +0.5 per
     * unit of ratio; 500 at odds 20:1, 40 points to double. 10 repayments, no liquidation, 365
     * days, ratio 2: z = -2 + 2.5 + 0 + 1 + 1 = 2.5; score = 500 + 40 / ln 2 x (2.5 - ln 20) =
     * 500 + 57.7078 x (2.5 - 2.99573) = 471.39 -> 471.
     */
    @Test
    void aCardOfItsOwnScoresByItsOwnWeights() {
        Scorecard card = new Scorecard(-2, 0.25, -2, 1, 0.5, 500, 20, 40);
        BorrowerHistory h = new BorrowerHistory(10, 0, 365, 2, 0);
        assertEquals(2.5, card.logOdds(h), 1e-12);
        assertEquals(471.39, card.rawScore(h), 0.01);
        assertEquals(471, card.score(h));
    }

    @ParameterizedTest(name = "base {0} -> {1}")
    @CsvSource({"600.5, 601", "600.49, 600", "-3, 0", "1000.4, 1000", "1003, 1000", "0.2, 0"})
    void theScoreIsRoundedHalfUpAndKeptWithinZeroToAThousand(double baseScore, int expected) {
        // every weight 0 and base odds 1: z = 0 = ln 1, so the raw score is the base score
        Scorecard card = new Scorecard(0, 0, 0, 0, 0, baseScore, 1, 60);
        assertEquals(expected, card.score(new BorrowerHistory(5, 1, 100, 1.5, 0)));
    }

    @Test
    void pointsToDoubleTheOddsAreWhatDoublingTheOddsAdds() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 1000; i++) {
            double pdo = 1 + 99 * random.nextDouble();
            // one more repayment adds ln 2 to the log-odds: the odds double
            Scorecard card = new Scorecard(random.nextDouble(-5, 5), Math.log(2), -1, 0.3, 0.7, 500, 50, pdo);
            BorrowerHistory h = new BorrowerHistory(random.nextInt(50), random.nextInt(3), random.nextDouble(3000),
                    random.nextDouble(3), 0);
            assertEquals(pdo, card.rawScore(h.after(1, 0)) - card.rawScore(h), 1e-9);
        }
    }

    @Test
    void moreRepaymentsNeverLowerAndLiquidationsNeverRaiseTheDefaultScore() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            BorrowerHistory h = new BorrowerHistory(random.nextInt(100), random.nextInt(5), random.nextDouble(5000),
                    random.nextDouble(4), 0);
            int score = Scorecard.DEFAULT.score(h);
            assertTrue(Scorecard.DEFAULT.score(h.after(1, 0)) >= score);
            BorrowerHistory liquidated = new BorrowerHistory(h.repayments(), h.liquidations() + 1, h.accountAgeDays(),
                    h.meanCollateralRatio(), 0);
            assertTrue(Scorecard.DEFAULT.score(liquidated) <= score);
        }
    }

    @Test
    void aPdGivenDirectlyWinsOverTheHistory() {
        CreditLine line = new CreditLine("given", 1e6, 10, 0.1, 300, java.util.OptionalDouble.of(0.07), 0.6, 0.1,
                java.util.Optional.empty(), java.util.Optional.of(new BorrowerHistory(24, 1, 730, 1.8, 12)));
        assertEquals(0.07, CreditScoring.annualDefaultProbability(line, ExampleStructures.minimal()
                .withPositions(List.of(line))));
    }

    @Test
    void aLineWithoutHistoryKeepsItsStatedScore() {
        CreditLine line = new CreditLine("stated", 1e6, 10, 0.1, 450, java.util.OptionalDouble.empty(), 0.6, 0.1);
        assertEquals(450, CreditScoring.score(line, Scorecard.DEFAULT));
        assertEquals(0.0293, CreditScoring.annualDefaultProbability(line, ExampleStructures.minimal()
                .withPositions(List.of(line))));
    }

    @Test
    void eachWitherChangesItsOwnWeightOnly() {
        Scorecard d = Scorecard.DEFAULT;
        assertEquals(new Scorecard(9, 0.08, -1.2, 0.5, 1.0, 600, 700, 60), d.withIntercept(9));
        assertEquals(new Scorecard(4.0, 9, -1.2, 0.5, 1.0, 600, 700, 60), d.withPerRepayment(9));
        assertEquals(new Scorecard(4.0, 0.08, 9, 0.5, 1.0, 600, 700, 60), d.withPerLiquidation(9));
        assertEquals(new Scorecard(4.0, 0.08, -1.2, 9, 1.0, 600, 700, 60), d.withPerYearOfAge(9));
        assertEquals(new Scorecard(4.0, 0.08, -1.2, 0.5, 9, 600, 700, 60), d.withPerCollateralRatio(9));
        assertEquals(new Scorecard(4.0, 0.08, -1.2, 0.5, 1.0, 9, 700, 60), d.withBaseScore(9));
        assertEquals(new Scorecard(4.0, 0.08, -1.2, 0.5, 1.0, 600, 9, 60), d.withBaseOdds(9));
        assertEquals(new Scorecard(4.0, 0.08, -1.2, 0.5, 1.0, 600, 700, 9), d.withPointsToDoubleOdds(9));
    }

    /** The scorecard is written and validated only where it means something (docs/model.md §2.9). */
    @Test
    void theScorecardIsUsedWhenItIsNotTheDefaultOrALineHasAHistory() {
        Structure plain = ExampleStructures.minimal();
        assertEquals(false, CreditScoring.usesScorecard(plain));
        assertEquals(true, CreditScoring.usesScorecard(plain.withScorecard(Scorecard.DEFAULT.withBaseScore(500))));
        CreditLine stated = new CreditLine("stated", 1e6, 10, 0.1, 450, java.util.OptionalDouble.empty(), 0.6, 0.1);
        assertEquals(false, CreditScoring.usesScorecard(plain.withPositions(List.of(stated))));
        CreditLine scored = stated.withHistory(java.util.Optional.of(new BorrowerHistory(1, 0, 10, 1, 0)));
        assertEquals(true, CreditScoring.usesScorecard(plain.withPositions(List.of(stated, scored))));
        // a bad weight is reported at its pointer only when the scorecard is used
        Structure bad = plain.withScorecard(Scorecard.DEFAULT.withPerRepayment(1e6));
        assertEquals(List.of("/scorecard/perRepayment"), StructureValidator.validate(bad).stream()
                .map(Problem::pointer).toList());
    }
}

package io.tranchelab.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/model.md §2.9 and §5.4.1: missed payments as a scorecard feature, and their validation. */
class MissedPaymentsTest {

    /**
     * The worked borrower of §2.9 (24 repayments, 1 liquidation, 730 days, ratio 1.8: z = 7.52,
     * 684) with 2 missed payments under the default card with -0.6 a miss: z = 7.52 - 1.2 = 6.32;
     * score = 600 + 86.5617 x (6.32 - 6.55108) = 600 - 20.0027 = 579.997 -> 580, BB (0.56 %). A
     * miss is -0.6 x 86.5617 = -51.94 points.
     */
    @Test
    void aMissedPaymentCostsItsWeightInLogOdds() {
        Scorecard card = Scorecard.DEFAULT.withPerMissedPayment(-0.6);
        BorrowerHistory h = new BorrowerHistory(24, 1, 730, 1.8, 12, 2, 0.1);
        assertEquals(6.32, card.logOdds(h), 1e-12);
        assertEquals(579.997, card.rawScore(h), 1e-3);
        assertEquals(580, card.score(h));
        assertEquals(-51.937, card.pointsPerMissedPayment(), 1e-3);
        // the default card does not read misses: the history scores 684 as without them
        assertEquals(684, Scorecard.DEFAULT.score(h));
        assertEquals(0.0, Scorecard.DEFAULT.perMissedPayment());
    }

    @Test
    void theOldArityConstructorsMeanNoMisses() {
        assertEquals(new BorrowerHistory(3, 1, 10, 1.5, 4, 0, 0), new BorrowerHistory(3, 1, 10, 1.5, 4));
        assertEquals(new Scorecard(1, 2, 3, 4, 5, 6, 7, 8, 0), new Scorecard(1, 2, 3, 4, 5, 6, 7, 8));
        BorrowerHistory h = new BorrowerHistory(3, 1, 10, 1.5, 4, 2, 0.3);
        assertEquals(new BorrowerHistory(8, 1, 20, 1.5, 4, 3, 0.3), h.after(5, 1, 10));
        assertEquals(new BorrowerHistory(8, 1, 20, 1.5, 4, 2, 0.3), h.after(5, 10));
        assertEquals(new BorrowerHistory(3, 1, 10, 1.5, 4, 9, 0.3), h.withMissedPayments(9));
        assertEquals(new BorrowerHistory(3, 1, 10, 1.5, 4, 2, 0.7), h.withMissedPaymentProbability(0.7));
        assertEquals(new Scorecard(4.0, 0.08, -1.2, 0.5, 1.0, 600, 700, 60, -2),
                Scorecard.DEFAULT.withPerMissedPayment(-2));
    }

    @Test
    void onlyAPositiveProbabilityWithPaymentsDueSpreadsTheBorrowers() {
        assertTrue(new BorrowerHistory(0, 0, 0, 1, 12, 0, 0.01).missesPayments());
        assertFalse(new BorrowerHistory(0, 0, 0, 1, 12, 0, 0).missesPayments());
        assertFalse(new BorrowerHistory(0, 0, 0, 1, 0, 0, 0.5).missesPayments(), "nothing falls due");
    }

    private static Structure withHistory(BorrowerHistory h, double years) {
        CreditLine line = new CreditLine("scored", 1e6, 10, 0.1, 0, OptionalDouble.empty(), 0.6, 0.1,
                Optional.empty(), Optional.of(h));
        Structure s = ExampleStructures.minimal().withPositions(List.of(line));
        return s.withSimulation(s.simulation().withHorizonYears(years).withStepsPerYear(12));
    }

    private static List<String> pointers(Structure s) {
        return StructureValidator.validate(s).stream().map(Problem::pointer).toList();
    }

    @Test
    void eachNewFieldIsCheckedAtItsPointer() {
        assertEquals(List.of(), pointers(withHistory(new BorrowerHistory(1, 0, 10, 1, 12, 3, 0.2), 2)));
        assertEquals(List.of("/positions/0/history/missedPaymentProbability"),
                pointers(withHistory(new BorrowerHistory(1, 0, 10, 1, 12, 0, 1.5), 2)));
        assertEquals(List.of("/positions/0/history/missedPaymentProbability"),
                pointers(withHistory(new BorrowerHistory(1, 0, 10, 1, 12, 0, Double.NaN), 2)));
        assertEquals(List.of("/positions/0/history/missedPayments"),
                pointers(withHistory(new BorrowerHistory(1, 0, 10, 1, 12, -1, 0), 2)));
        Structure card = withHistory(new BorrowerHistory(1, 0, 10, 1, 12), 2)
                .withScorecard(Scorecard.DEFAULT.withPerMissedPayment(-101));
        assertEquals(List.of("/scorecard/perMissedPayment"), pointers(card));
    }

    /**
     * 365 payments a year over 10 years is 3,650, the most a line whose borrowers miss may owe;
     * over 10.01 years it is 3,653: refused at repaymentsPerYear, naming the count. Without
     * misses, the same schedule is fine (the cohort keeps one score).
     */
    @Test
    void aLineWhoseBorrowersMissOwesAtMostThreeThousandSixHundredFiftyPayments() {
        assertEquals(List.of(), pointers(withHistory(new BorrowerHistory(1, 0, 10, 1, 365, 0, 0.1), 10)));
        Structure tooMany = withHistory(new BorrowerHistory(1, 0, 10, 1, 365, 0, 0.1), 10.01);
        List<Problem> problems = StructureValidator.validate(tooMany);
        assertEquals(List.of("/positions/0/history/repaymentsPerYear"), problems.stream().map(Problem::pointer).toList());
        assertTrue(problems.get(0).toString().contains("3653 payments"), problems.get(0).toString());
        assertEquals(List.of(), pointers(withHistory(new BorrowerHistory(1, 0, 10, 1, 365, 0, 0), 10.01)));
    }

    /** The work of a run counts a draw per borrower of a line whose borrowers miss (at most one per occupied state). */
    @Test
    void aLineWhoseBorrowersMissCountsItsBorrowersInTheWork() {
        Structure cohort = withHistory(new BorrowerHistory(1, 0, 10, 1, 12), 1);
        Structure spread = withHistory(new BorrowerHistory(1, 0, 10, 1, 12, 0, 0.1), 1);
        long steps = 12;
        assertEquals(10 * 100 * steps, Limits.workUnits(spread, 100) - Limits.workUnits(cohort, 100));
    }
}

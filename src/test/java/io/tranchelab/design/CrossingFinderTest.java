package io.tranchelab.design;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The root finder on functions whose crossing is known exactly (docs/model.md §14.8, "The search"). */
class CrossingFinderTest {

    private static final double TOLERANCE = 1e-4;

    @Test
    void increasingMetricGivesTheLargestValueThatHolds() {
        Crossing c = CrossingFinder.find(x -> 2 * x, 0.5, Comparison.AT_MOST, 0, 1, TOLERANCE, Double.NaN);
        assertEquals(SolveOutcome.FOUND, c.outcome());
        assertTrue(c.holdsBelow());
        assertTrue(c.holding() <= 0.25 && c.holding() >= 0.25 - TOLERANCE, "holding " + c.holding());
        assertTrue(c.failing() > 0.25 && c.failing() - c.holding() <= TOLERANCE, "failing " + c.failing());
        assertTrue(c.holdingValue() <= 0.5 && c.failingValue() > 0.5);
    }

    @Test
    void decreasingMetricGivesTheSmallestValueThatHolds() {
        Crossing c = CrossingFinder.find(x -> 1 - x, 0.3, Comparison.AT_MOST, 0, 1, TOLERANCE, 0.2);
        assertFalse(c.holdsBelow());
        assertTrue(c.holding() >= 0.7 && c.holding() <= 0.7 + TOLERANCE, "holding " + c.holding());
        // 1 - 0.7 is 0.30000000000000004 in binary: 0.7 itself may fail
        assertTrue(c.failing() <= 0.7 && c.holding() - c.failing() <= TOLERANCE, "failing " + c.failing());
    }

    @Test
    void atLeastTargetsHoldAboveTheirCrossing() {
        // a return rising with the coupon: the fair coupon is the least that meets a 6 % hurdle
        Crossing c = CrossingFinder.find(x -> x - 0.01, 0.06, Comparison.AT_LEAST, 0, 0.5, TOLERANCE, Double.NaN);
        assertFalse(c.holdsBelow());
        assertTrue(c.holding() >= 0.07 && c.holding() <= 0.07 + TOLERANCE, "holding " + c.holding());
    }

    /** A Monte Carlo probability: steps of 1 / paths; the crossing is the step's edge. */
    @ParameterizedTest(name = "paths {0}")
    @ValueSource(ints = {100, 1000, 10_000})
    void stepShapedMetricIsSolvedToTheEdgeOfTheStep(int paths) {
        DoubleUnaryOperator probability = x -> Math.floor(x * paths) / paths;
        double target = 0.4237;
        double edge = (Math.floor(target * paths) + 1) / paths; // the first value whose step exceeds the target
        Crossing c = CrossingFinder.find(probability, target, Comparison.AT_MOST, 0, 1, TOLERANCE, Double.NaN);
        assertTrue(c.holding() < edge && c.holding() >= edge - TOLERANCE, "holding " + c.holding() + " edge " + edge);
        assertTrue(c.failing() >= edge && c.failing() - c.holding() <= TOLERANCE, "failing " + c.failing());
        assertTrue(c.evaluations() < 60, "evaluations " + c.evaluations());
    }

    /** A tranche that loses nothing below a crash: EL is exactly 0, the target 0; a plateau on the target holds. */
    @Test
    void plateauExactlyOnTheTargetHoldsAndIsNotTakenForARoot() {
        Crossing c = CrossingFinder.find(x -> Math.max(0, x - 0.6), 0, Comparison.AT_MOST, 0, 0.99, TOLERANCE,
                Double.NaN);
        assertTrue(c.holding() <= 0.6 && c.holding() >= 0.6 - TOLERANCE, "holding " + c.holding());
        assertEquals(0, c.holdingValue());
        assertTrue(c.failing() > 0.6, "failing " + c.failing());
    }

    @Test
    void noCrossingInTheRangeIsAnOutcomeNotAnException() {
        Crossing always = CrossingFinder.find(x -> x, 2, Comparison.AT_MOST, 0, 1, TOLERANCE, Double.NaN);
        assertEquals(SolveOutcome.HOLDS_OVER_WHOLE_RANGE, always.outcome());
        assertEquals(2, always.evaluations());
        Crossing never = CrossingFinder.find(x -> x, -1, Comparison.AT_MOST, 0, 1, TOLERANCE, Double.NaN);
        assertEquals(SolveOutcome.NEVER_HOLDS, never.outcome());
        assertTrue(Double.isNaN(never.holding()));
        assertEquals(1, never.highValue());
    }

    /** Random monotone step functions (seeded): the answer always holds and the value beyond it always fails. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void answerHoldsAndTheValueBeyondFailsOnRandomStaircases(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int steps = 1 + random.nextInt(50);
        double[] edges = random.doubles(steps, 0, 1).sorted().toArray();
        DoubleUnaryOperator staircase = x -> {
            int count = 0;
            for (double e : edges) {
                count += x >= e ? 1 : 0;
            }
            return (double) count / steps;
        };
        double target = random.nextDouble(0, 1);
        Crossing c = CrossingFinder.find(staircase, target, Comparison.AT_MOST, 0, 1, TOLERANCE, Double.NaN);
        if (c.outcome() == SolveOutcome.FOUND) {
            assertTrue(staircase.applyAsDouble(c.holding()) <= target);
            assertTrue(staircase.applyAsDouble(c.failing()) > target);
            assertTrue(Math.abs(c.failing() - c.holding()) <= TOLERANCE);
        } else {
            assertEquals(SolveOutcome.HOLDS_OVER_WHOLE_RANGE, c.outcome()); // staircase(0) is 0 <= target
            assertTrue(staircase.applyAsDouble(1) <= target);
        }
    }
}

package io.tranchelab.design;

import io.tranchelab.model.Range;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The design tools' small arithmetic against hand computations and published tables: the Monte
 * Carlo interval, a map's axis points, targets, the contour of a hand-made grid, and a bump
 * clipped to a parameter's range (docs/model.md §14). Found by mutation testing: these were
 * reached only through whole runs whose tolerances let a wrong sign or a wrong quantile pass.
 */
class DesignArithmeticTest {

    @Test
    void theIntervalIsTheStudentTIntervalPlusTheSearchTolerance() {
        // answers 1..5: mean 3, sample sd sqrt(10 / 4) = 1.5811388; t(0.975, 4) = 2.7764451 (Student's t
        // table: 2.776); half-width 2.7764451 * 1.5811388 / sqrt(5) = 1.9632432, plus the tolerance 0.01
        MonteCarloInterval ci = MonteCarloInterval.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 2, 0.01);
        assertEquals(3.0, ci.mean(), 1e-15);
        assertEquals(1.5811388, ci.standardDeviation(), 1e-7);
        assertEquals(3 - 1.9632432 - 0.01, ci.low(), 1e-6);
        assertEquals(3 + 1.9632432 + 0.01, ci.high(), 1e-6);
        assertEquals(2, ci.seedsWithoutCrossing());
        assertTrue(ci.contains(ci.low()) && ci.contains(ci.high()) && ci.contains(3));
        assertFalse(ci.contains(Math.nextDown(ci.low())) || ci.contains(Math.nextUp(ci.high())));
    }

    @Test
    void oneSeedGivesOnlyTheToleranceAndNoSeedGivesNoInterval() {
        MonteCarloInterval one = MonteCarloInterval.of(List.of(0.7), 0, 0.002);
        assertEquals(0.0, one.standardDeviation());
        assertEquals(0.698, one.low(), 1e-15);
        assertEquals(0.702, one.high(), 1e-15);
        MonteCarloInterval none = MonteCarloInterval.of(List.of(), 5, 0.002);
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.low()) && Double.isNaN(none.high()));
        assertFalse(none.contains(0.7));
        assertEquals(5, none.seedsWithoutCrossing());
    }

    @Test
    void anAxisHasEvenStepsEndingExactlyOnItsUpperValue() {
        MapAxis axis = new MapAxis("/assets/0/volatility", "Volatility", 0.3, 1.2, 10);
        assertEquals(0.6, axis.value(3), 1e-15); // 0.3 + 0.9 * 3 / 9
        assertEquals(1.2, axis.value(9), 0.0);
        double[] values = axis.values();
        assertEquals(10, values.length);
        assertEquals(0.3, values[0], 0.0);
        assertEquals(0.9, values[6], 1e-15);
        assertEquals(MetricUnit.FRACTION, axis.unit());
        assertArrayEquals(new double[] {5, 7}, new MapAxis("/x", "x", 5, 7, 2).values(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> new MapAxis("/x", "x", 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new MapAxis("/x", "x", 1, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new MapAxis("/x", "x", 0, Double.NaN, 3));
    }

    @Test
    void targetsHoldOnTheirBoundaryAndARatingIsItsGradesAllowance() {
        Target most = Target.atMost(0.01, MetricUnit.FRACTION);
        assertTrue(most.holds(0.01) && most.holds(0.0));
        assertFalse(most.holds(Math.nextUp(0.01)) || most.holds(Double.NaN));
        Target least = Target.atLeast(0.05, MetricUnit.FRACTION);
        assertTrue(least.holds(0.05) && least.holds(1));
        assertFalse(least.holds(Math.nextDown(0.05)));
        // S&P one-year BBB default rate 0.14 %: over one year the allowance is 0.14 %, over two 1 - 0.9986^2
        Target bbb = Target.rating("bbb", 1);
        assertEquals(0.0014, bbb.limit(), 1e-12);
        assertTrue(bbb.atMost());
        assertEquals("rating BBB or better", bbb.label());
        assertEquals(1 - 0.9986 * 0.9986, Target.rating("BBB", 2).limit(), 1e-12);
        assertEquals(0.0001, Target.rating("AAA", 1).limit(), 1e-12); // the best grade: 0.01 % for the observed 0.00 %
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.rating("Z", 1));
        assertTrue(e.getMessage().contains("AAA"), e.getMessage());
    }

    @Test
    void theContourCrossesEachEdgeWhereTheMetricMeetsTheLimitLinearly() {
        MapAxis x = new MapAxis("/x", "x", 0, 1, 2);
        MapAxis y = new MapAxis("/y", "y", 0, 1, 2);
        // the metric is x on both rows; "at most 0.25" holds left of x = 0.25: a vertical line there
        AlignmentGrid grid = new AlignmentGrid(x, y, MetricSpec.parse("pool:pBadDebt"),
                Target.atMost(0.25, MetricUnit.FRACTION), 0.5, 0.5, new double[][] {{0, 1}, {0, 1}});
        assertEquals(List.of(new ContourSegment(0.25, 0, 0.25, 1)), grid.contour());
        // "at least 0.75" of a metric that is y on both columns: a horizontal line at y = 0.75, from the right
        // edge (corner 1 to 2) to the left edge (corner 3 to 0)
        AlignmentGrid rows = new AlignmentGrid(x, y, MetricSpec.parse("pool:pBadDebt"),
                Target.atLeast(0.75, MetricUnit.FRACTION), 0.5, 0.5, new double[][] {{0, 0}, {1, 1}});
        assertEquals(List.of(new ContourSegment(1, 0.75, 0, 0.75)), rows.contour());
        assertTrue(rows.complete());
        assertEquals(4, rows.computed());
    }

    @Test
    void aSquareWithACornerNotComputedYetHasNoContourAndTheGridIsIncomplete() {
        MapAxis x = new MapAxis("/x", "x", 0, 1, 2);
        MapAxis y = new MapAxis("/y", "y", 0, 1, 2);
        double[][] values = {{0, 1}, {0, Double.NaN}};
        AlignmentGrid grid = new AlignmentGrid(x, y, MetricSpec.parse("pool:pBadDebt"),
                Target.atMost(0.25, MetricUnit.FRACTION), 0.5, 0.5, values);
        assertEquals(List.of(), grid.contour());
        assertFalse(grid.complete());
        assertEquals(3, grid.computed());
        assertEquals(4, grid.total());
        assertTrue(Double.isNaN(grid.value(1, 1)));
        assertEquals(1.0, grid.value(1, 0));
        assertEquals(List.of(), new AlignmentGrid(x, y, MetricSpec.parse("pool:pBadDebt"), null, 0.5, 0.5,
                new double[][] {{0, 1}, {0, 1}}).contour());
        AlignmentGrid same = new AlignmentGrid(x, y, MetricSpec.parse("pool:pBadDebt"), null, 0, 0, values);
        assertTrue(grid.sameValues(same));
        AlignmentGrid other = new AlignmentGrid(x, y, MetricSpec.parse("pool:pBadDebt"), null, 0, 0,
                new double[][] {{0, 1}, {0.5, Double.NaN}});
        assertFalse(grid.sameValues(other));
        assertFalse(grid.sameValues(new AlignmentGrid(x, y, MetricSpec.parse("pool:pBadDebt"), null, 0, 0,
                new double[][] {{0, 1}, {0, 2}})));
    }

    @Test
    void aBumpIsClippedIntoItsRangeAndStaysOffAnOpenEnd() {
        Range closedOpen = new Range(0, true, 1, false);
        assertEquals(0.0, Bump.clip(-0.1, closedOpen));
        assertEquals(0.0, Bump.clip(0.0, closedOpen));
        assertEquals(0.5, Bump.clip(0.5, closedOpen));
        assertEquals(Math.nextDown(1.0), Bump.clip(1.0, closedOpen));
        assertEquals(Math.nextDown(1.0), Bump.clip(1.3, closedOpen));
        Range openClosed = new Range(0, false, 2, true);
        assertEquals(Math.nextUp(0.0), Bump.clip(0.0, openClosed));
        assertEquals(Math.nextUp(0.0), Bump.clip(-1, openClosed));
        assertEquals(2.0, Bump.clip(2.0, openClosed));
        assertEquals(2.0, Bump.clip(9, openClosed));
    }

    @Test
    void aBumpMovesByItsShareOfTheSizeOrByItsStepAndSaysWhenTheRangeCutItShort() {
        Range any = new Range(-10, true, 10, true);
        Bump tenth = Bump.relative(0.1);
        assertEquals(2.2, tenth.bumped(2.0, +1, any, false), 1e-15);
        assertEquals(1.8, tenth.bumped(2.0, -1, any, false), 1e-15);
        assertEquals(-0.11, tenth.bumped(-0.1, -1, any, false), 1e-15); // down is smaller, whatever the sign
        assertEquals(8.0, tenth.bumped(7, +1, any, true)); // 7.7 rounded for a whole number
        Bump step = Bump.absolute(0.05);
        assertEquals(0.35, step.bumped(0.3, +1, any, false), 1e-15);
        assertEquals(0.25, step.bumped(0.3, -1, any, false), 1e-15);
        Range unit = new Range(0, true, 1, true);
        assertEquals(1.0, Bump.relative(0.5).bumped(0.9, +1, unit, false));
        assertTrue(Bump.relative(0.5).clips(0.9, +1, unit, false));
        assertFalse(Bump.relative(0.5).clips(0.5, +1, unit, false));
        assertEquals("\u00b110 %", tenth.toString());
        assertEquals("\u00b10.05", step.toString());
        for (double[] bad : new double[][] {{0, 0}, {0.1, 0.1}, {-0.1, 0}, {0, -1}, {Double.NaN, 0},
            {Double.POSITIVE_INFINITY, 0}}) {
            assertThrows(IllegalArgumentException.class, () -> new Bump(bad[0], bad[1]), java.util.Arrays.toString(bad));
        }
    }

    @Test
    void comparisonsHoldOnTheTargetItselfAndNeverForNaN() {
        assertTrue(Comparison.AT_MOST.holds(1, 1) && Comparison.AT_LEAST.holds(1, 1));
        assertFalse(Comparison.AT_MOST.holds(Math.nextUp(1.0), 1) || Comparison.AT_LEAST.holds(Math.nextDown(1.0), 1));
        assertFalse(Comparison.AT_MOST.holds(Double.NaN, 1) || Comparison.AT_LEAST.holds(Double.NaN, 1));
        assertEquals(0.25, Comparison.AT_MOST.excess(1.25, 1), 0.0);
        assertEquals(-0.25, Comparison.AT_LEAST.excess(1.25, 1), 0.0);
    }

    @Test
    void aSmoothMetricIsSolvedInAFewEvaluationsBecauseTheSolverSeesTheExcessNotOnlyItsSign() {
        // x^2 = 0.3 at sqrt(0.3) = 0.5477226; bisection from [0, 1] to 1e-9 takes 30 halvings, Brent's
        // interpolation about ten evaluations (a metric that only said "holds" or "fails" would bisect)
        Crossing c = CrossingFinder.find(x -> x * x, 0.3, Comparison.AT_MOST, 0, 1, 1e-9, Double.NaN);
        assertEquals(SolveOutcome.FOUND, c.outcome());
        double root = Math.sqrt(0.3);
        assertTrue(c.holding() <= root && c.failing() > root && c.failing() - c.holding() <= 2e-9, c.toString());
        assertTrue(c.evaluations() <= 12, c.evaluations() + " evaluations");
        assertThrows(IllegalArgumentException.class,
                () -> CrossingFinder.find(x -> x, 0.3, Comparison.AT_MOST, 1, 1, 1e-9, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> CrossingFinder.find(x -> x, 0.3, Comparison.AT_MOST, 0, 1, 0, Double.NaN));
    }
}

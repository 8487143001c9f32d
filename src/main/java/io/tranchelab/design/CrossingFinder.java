package io.tranchelab.design;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Finds where a deterministic metric of one parameter crosses its target, with Hipparchus's
 * bracketing Brent solver (docs/model.md §14.8). Deterministic because every evaluation runs
 * on the same seed (common random numbers), but not smooth: a Monte Carlo figure such as P(bad
 * debt) moves in steps of 1 / paths. So the search is for a sign change, not a zero: the function
 * given to Brent is the metric's excess over the target, forced strictly negative wherever the
 * target holds (a metric exactly on its target holds, and a plateau at the target is not a root),
 * and the solver returns the bracket it narrowed to the tolerance; its holding end is the answer.
 */
public final class CrossingFinder {

    /** Bisection from a range of 1 to a tolerance of 1e-6 takes 20 steps; Brent's order-5 steps fewer. */
    static final int MAX_EVALUATIONS = 200;
    private static final int BRENT_ORDER = 5;
    /**
     * The least magnitude given to Brent: a value on its target must read as holding (negative),
     * and two such values multiplied (Hipparchus checks the bracket's signs by a product) must not
     * underflow to zero.
     */
    private static final double FLOOR = 1e-150;

    private CrossingFinder() {
    }

    /**
     * The crossing of {@code metric} through {@code target} in [low, high], located to
     * {@code tolerance} (in the parameter's unit). The range's ends bracket it; when the target
     * holds at both ends, or at neither, there is no crossing and the outcome says so.
     *
     * @param start a value strictly inside the range to start from (the structure's own value), or
     *              NaN for the middle
     * @throws IllegalArgumentException when the metric is NaN at a value tried
     */
    public static Crossing find(DoubleUnaryOperator metric, double target, Comparison comparison, double low,
                                double high, double tolerance, double start) {
        if (!(low < high) || !(tolerance > 0)) {
            throw new IllegalArgumentException("the range [" + low + ", " + high + "] must be increasing and the"
                    + " tolerance (" + tolerance + ") positive");
        }
        Memo memo = new Memo(metric);
        double lowValue = memo.value(low);
        double highValue = memo.value(high);
        boolean holdsLow = comparison.holds(lowValue, target);
        boolean holdsHigh = comparison.holds(highValue, target);
        if (holdsLow == holdsHigh) {
            SolveOutcome outcome = holdsLow ? SolveOutcome.HOLDS_OVER_WHOLE_RANGE : SolveOutcome.NEVER_HOLDS;
            return new Crossing(outcome, Double.NaN, Double.NaN, Double.NaN, Double.NaN, lowValue, highValue,
                    memo.evaluations());
        }
        UnivariateFunction excess = x -> {
            double value = memo.value(x);
            double e = comparison.excess(value, target);
            return comparison.holds(value, target) ? Math.min(e, -FLOOR) : Math.max(e, FLOOR);
        };
        double first = start > low && start < high ? start : low + 0.5 * (high - low);
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(0, tolerance, 0, BRENT_ORDER);
        BracketedUnivariateSolver.Interval bracket = solver.solveInterval(MAX_EVALUATIONS, excess, low, high, first);
        double left = bracket.getLeftAbscissa();
        double right = bracket.getRightAbscissa();
        boolean leftHolds = bracket.getLeftValue() < 0;
        double holding = leftHolds ? left : right;
        double failing = leftHolds ? right : left;
        return new Crossing(SolveOutcome.FOUND, holding, memo.value(holding), failing, memo.value(failing), lowValue,
                highValue, memo.evaluations());
    }

    /** Each value is simulated once: Brent revisits the bracket's ends. */
    private static final class Memo {

        private final DoubleUnaryOperator metric;
        private final Map<Double, Double> values = new HashMap<>();

        Memo(DoubleUnaryOperator metric) {
            this.metric = metric;
        }

        double value(double x) {
            Double known = values.get(x);
            if (known != null) {
                return known;
            }
            double value = metric.applyAsDouble(x);
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("the metric is not a number at " + x);
            }
            values.put(x, value);
            return value;
        }

        int evaluations() {
            return values.size();
        }
    }
}

package io.tranchelab.design;

/**
 * Where a target stops holding along one parameter, on one seed (docs/model.md §14.8): the
 * value closest to the crossing at which the target holds and the one beyond it, at most the
 * tolerance away, at which it fails, with the metric at each. When the range holds no crossing the
 * outcome says which way the target went, and the metric at both ends of the range is given.
 *
 * @param holding       the answer: the value nearest the crossing at which the target holds (NaN
 *                      unless {@link SolveOutcome#FOUND})
 * @param failing       the value a tolerance or less beyond it at which the target fails (NaN unless found)
 * @param lowValue      the metric at the low end of the range
 * @param highValue     the metric at the high end of the range
 * @param evaluations   how many times the metric was computed (each a simulation)
 */
public record Crossing(SolveOutcome outcome, double holding, double holdingValue, double failing,
                       double failingValue, double lowValue, double highValue, int evaluations) {

    /** Whether the target holds below the crossing (the answer is then the largest value that holds). */
    public boolean holdsBelow() {
        return holding < failing;
    }
}

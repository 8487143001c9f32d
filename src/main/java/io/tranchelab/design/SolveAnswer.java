package io.tranchelab.design;

import java.util.List;

/**
 * A solver's answer (docs/model.md §14.8): the outcome; on the first seed (the structure's
 * own) the answer, the metric there, the value a tolerance or less beyond it where the target fails
 * and the metric there; the answer re-solved on every seed; and the edit that applies it.
 *
 * @param answer    the parameter's value nearest the crossing at which the target holds (NaN when
 *                  none was found)
 * @param beyond    the value past it, within the tolerance, at which the target fails
 * @param overrides the edit that sets the parameter to the answer, applied as one change (empty
 *                  for a stress, which is not a field of the structure, and when nothing was found)
 */
public record SolveAnswer(SolveQuestion question, SolveOutcome outcome, double answer, double metricAtAnswer,
                          double beyond, double metricBeyond, List<Long> seeds, List<Crossing> crossings,
                          MonteCarloInterval interval, List<ParameterOverride> overrides) {

    public SolveAnswer {
        seeds = List.copyOf(seeds);
        crossings = List.copyOf(crossings);
        overrides = List.copyOf(overrides);
    }

    /** Whether the target holds below the answer (the answer is then the largest value that holds), else above it. */
    public boolean holdsBelow() {
        return answer < beyond;
    }

    /** The metric at the low and high ends of the range on the first seed (what the target missed when nothing was found). */
    public double metricAtLow() {
        return crossings.get(0).lowValue();
    }

    public double metricAtHigh() {
        return crossings.get(0).highValue();
    }
}

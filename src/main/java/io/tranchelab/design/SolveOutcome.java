package io.tranchelab.design;

/** What a solver found in the parameter's range. */
public enum SolveOutcome {
    /** The target holds on one side of a crossing and fails on the other: the answer is the crossing. */
    FOUND("found"),
    /** The target holds at both ends of the range (and, the metric being monotone, in between). */
    HOLDS_OVER_WHOLE_RANGE("the target holds over the whole range"),
    /** The target fails at both ends of the range. */
    NEVER_HOLDS("the target never holds in the range");

    private final String text;

    SolveOutcome(String text) {
        this.text = text;
    }

    /** For people: "the target holds over the whole range". */
    public String text() {
        return text;
    }
}

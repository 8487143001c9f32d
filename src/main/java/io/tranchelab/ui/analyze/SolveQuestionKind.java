package io.tranchelab.ui.analyze;

/** The questions "Solve for..." asks (issue 12), each with the target it reads and its default. */
public enum SolveQuestionKind {
    SENIOR_SHARE_RATING("Largest senior share for an implied rating", "Rating at least", "AA"),
    SENIOR_SHARE_EL("Largest senior share for a senior EL", "Senior EL at most", "0.05 %"),
    BREAK_EVEN_CRASH("Break-even crash of the collateral", "Tranche EL at most", "0.01 %"),
    LIQUIDATION_CAPACITY("Least liquidation capacity for P(bad debt)", "P(bad debt) at most", "5 %"),
    LIQUIDATION_THRESHOLD("Greatest liquidation threshold for P(bad debt)", "P(bad debt) at most", "5 %"),
    FAIR_COUPON("Fair coupon for a return hurdle", "Mean IRR at least", "8 %");

    private final String text;
    private final String targetLabel;
    private final String defaultTarget;

    SolveQuestionKind(String text, String targetLabel, String defaultTarget) {
        this.text = text;
        this.targetLabel = targetLabel;
        this.defaultTarget = defaultTarget;
    }

    /** What the target field is called for this question. */
    public String targetLabel() {
        return targetLabel;
    }

    public String defaultTarget() {
        return defaultTarget;
    }

    /** Whether the question names a tranche (the crash's and the coupon's). */
    public boolean needsTranche() {
        return this == BREAK_EVEN_CRASH || this == FAIR_COUPON;
    }

    public boolean isRating() {
        return this == SENIOR_SHARE_RATING;
    }

    @Override
    public String toString() {
        return text;
    }
}

package io.tranchelab.ui.analyze;

/** What the alignment map's contour marks: nothing, a rating the tranche's EL must meet, or a limit of the metric. */
public enum TargetKind {
    NONE("no target"),
    RATING("implied rating"),
    LIMIT("limit of the metric");

    private final String text;

    TargetKind(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}

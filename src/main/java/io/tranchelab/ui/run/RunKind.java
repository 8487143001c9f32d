package io.tranchelab.ui.run;

/** A quick preview while a slider is being dragged, the structure's own paths once it is released. */
public enum RunKind {
    PREVIEW, FULL
}

package io.tranchelab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems found in one pass over an input, in the order found. At most {@link #MAX_LISTED}
 * are kept and the rest only counted: a hostile file of a few megabytes (a 2,000 x 2,000
 * correlation matrix of wrong entries) would otherwise cost gigabytes of messages that nobody
 * reads. The count of those left out is the last problem of the list.
 */
public final class ProblemList {

    public static final int MAX_LISTED = 1_000;

    private final List<Problem> problems = new ArrayList<>();
    private long unlisted;

    public void add(String pointer, String message) {
        if (problems.size() < MAX_LISTED) {
            problems.add(new Problem(pointer, message));
        } else {
            unlisted++;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> toList() {
        if (unlisted == 0) {
            return List.copyOf(problems);
        }
        List<Problem> out = new ArrayList<>(problems);
        out.add(new Problem("", String.format(Locale.ROOT, "%,d more problems are not listed (only the first %,d"
                + " are); fix these and load the file again", unlisted, MAX_LISTED)));
        return List.copyOf(out);
    }
}

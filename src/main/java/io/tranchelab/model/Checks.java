package io.tranchelab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects validation problems; each check says what was found and what is allowed. */
final class Checks {

    private final ProblemList problems = new ProblemList();
    /** Every number checked against a range, in the order checked: what design tools may vary. */
    private final List<NumericField> fields = new ArrayList<>();

    void report(String pointer, String message) {
        problems.add(pointer, message);
    }

    /** @return whether the value is allowed */
    boolean number(String pointer, double value, Range allowed) {
        fields.add(new NumericField(pointer, value, allowed, false));
        if (allowed.contains(value)) {
            return true;
        }
        report(pointer, "is " + Numbers.show(value) + "; it must be " + allowed.describe());
        return false;
    }

    /** @return whether the value is allowed */
    boolean whole(String pointer, long value, long min, long max) {
        fields.add(new NumericField(pointer, value, Range.closed(min, max), true));
        if (value >= min && value <= max) {
            return true;
        }
        String allowed = max == Integer.MAX_VALUE || max == Long.MAX_VALUE
                ? "at least " + Numbers.show(min)
                : "from " + Numbers.show(min) + " to " + Numbers.show(max);
        report(pointer, "is " + Numbers.show(value) + "; it must be a whole number " + allowed);
        return false;
    }

    /** A size limit on a list: reported at the list itself. */
    boolean count(String pointer, int size, int max, String things) {
        if (size > max) {
            report(pointer, "has " + Numbers.show(size) + " " + things + "; at most " + Numbers.show(max)
                    + " are allowed");
            return false;
        }
        return true;
    }

    /**
     * A name that must be present and unique among its siblings.
     *
     * @param seen names met so far; this name is added
     */
    void uniqueName(String pointer, String name, Set<String> seen, String what) {
        if (name == null || name.isBlank()) {
            report(pointer, "is blank; a non-blank " + what + " is required");
        } else if (!length(pointer, name, Limits.MAX_NAME_LENGTH)) {
            return;
        } else if (!seen.add(name)) {
            report(pointer, "\"" + name + "\" is used twice; each " + what + " must be unique");
        }
    }

    /**
     * A text no longer than {@code max} characters: names are shown in table cells, legends and
     * report headings, which a 100,000-character name would fill for minutes.
     *
     * @return whether the text is short enough
     */
    boolean length(String pointer, String text, int max) {
        if (text == null || text.length() <= max) {
            return true;
        }
        report(pointer, "has " + Numbers.show((long) text.length()) + " characters; at most " + Numbers.show((long) max)
                + " are allowed");
        return false;
    }

    /** Notes a number whose rule is not a single range (checked by the caller) with the range it may vary in. */
    void variesIn(String pointer, double value, Range range) {
        fields.add(new NumericField(pointer, value, range, false));
    }

    List<NumericField> fields() {
        return List.copyOf(fields);
    }

    List<Problem> problems() {
        return problems.toList();
    }
}

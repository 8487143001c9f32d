package io.tranchelab.model;

/**
 * An allowed interval of a number, with the words the validator uses to say what is allowed.
 * Every range excludes NaN and the infinities. Public so that design tools can keep a bumped
 * parameter inside what the validator accepts ({@link StructureValidator#numericFields}).
 */
public record Range(double low, boolean lowIncluded, double high, boolean highIncluded) {

    static Range any() {
        return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }

    static Range atLeast(double low) {
        return new Range(low, true, Double.POSITIVE_INFINITY, false);
    }

    static Range above(double low) {
        return new Range(low, false, Double.POSITIVE_INFINITY, false);
    }

    static Range closed(double low, double high) {
        return new Range(low, true, high, true);
    }

    /** [low, high). */
    static Range upTo(double low, double high) {
        return new Range(low, true, high, false);
    }

    /** (low, high]. */
    static Range aboveUpTo(double low, double high) {
        return new Range(low, false, high, true);
    }

    /** (low, high). */
    static Range open(double low, double high) {
        return new Range(low, false, high, false);
    }

    public boolean contains(double value) {
        return Double.isFinite(value)
                && (lowIncluded ? value >= low : value > low)
                && (highIncluded ? value <= high : value < high);
    }

    /** "at least 0", "greater than 0 and at most 1", "from 0 to 1", ... */
    public String describe() {
        boolean bounded = high != Double.POSITIVE_INFINITY;
        if (low == Double.NEGATIVE_INFINITY) {
            return "a finite number";
        }
        if (lowIncluded && highIncluded) {
            return "from " + Numbers.show(low) + " to " + Numbers.show(high);
        }
        String lower = (lowIncluded ? "at least " : "greater than ") + Numbers.show(low);
        if (!bounded) {
            return lower;
        }
        return lower + " and " + (highIncluded ? "at most " : "below ") + Numbers.show(high);
    }
}

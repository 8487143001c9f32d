package io.tranchelab.design;

/** How a metric meets its target: at most (losses, bad debt) or at least (returns). */
public enum Comparison {
    AT_MOST("≤"),
    AT_LEAST("≥");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} meets {@code target}; a NaN never does. */
    public boolean holds(double value, double target) {
        return this == AT_MOST ? value <= target : value >= target;
    }

    /** By how much {@code value} misses {@code target}: positive when it fails, zero or negative when it holds. */
    double excess(double value, double target) {
        return this == AT_MOST ? value - target : target - value;
    }
}

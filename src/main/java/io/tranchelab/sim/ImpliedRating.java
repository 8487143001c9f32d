package io.tranchelab.sim;

/** Placeholder until the sourced table lands (branch ratings). */
public final class ImpliedRating {

    private ImpliedRating() {
    }

    public static String forExpectedLoss(double expectedLoss, double horizonYears) {
        return "NR";
    }
}

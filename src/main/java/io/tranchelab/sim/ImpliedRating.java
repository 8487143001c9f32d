package io.tranchelab.sim;

/**
 * The rating a tranche's expected loss over the horizon implies against an idealized
 * expected-loss table (docs/ratings.md): the best rating whose idealized loss at that horizon is
 * at least the tranche's expected loss.
 */
public final class ImpliedRating {

    private ImpliedRating() {
    }

    /**
     * @param expectedLoss mean principal loss / initial principal, in [0, 1]
     * @param horizonYears the horizon the loss was measured over, > 0
     */
    public static String forExpectedLoss(double expectedLoss, double horizonYears, IdealizedLossTable table) {
        if (Double.isNaN(expectedLoss) || expectedLoss < 0 || expectedLoss > 1) {
            throw new IllegalArgumentException("expected loss must be in [0, 1], was " + expectedLoss);
        }
        for (int r = 0; r < table.ratings().size(); r++) {
            // the threshold check also validates the horizon, so it runs even for a zero loss
            if (table.threshold(r, horizonYears) >= expectedLoss) {
                return table.ratings().get(r);
            }
        }
        return table.worseThanEveryRating();
    }
}

package io.tranchelab.chart;

/**
 * A tranche's loss distribution for the histogram: the paths that lose anything, in equal bins
 * from 0 to the largest loss, each bin's height the share of <em>all</em> paths that fall in it,
 * so the bars add up to the probability of loss.
 *
 * @param binStart   lower edge of each bin (loss as a fraction of principal)
 * @param binWidth   width of every bin
 * @param frequency  share of all paths in each bin
 */
public record LossHistogram(double[] binStart, double binWidth, double[] frequency, double probabilityOfLoss) {

    public static LossHistogram of(double[] losses, int bins) {
        return of(losses, bins, 0);
    }

    /**
     * Bins from 0 to {@code upper} (or to the largest loss if that is larger), so histograms of
     * several scenarios drawn side by side share their bins and can be compared bar by bar.
     */
    public static LossHistogram of(double[] losses, int bins, double upper) {
        double max = 0;
        int losing = 0;
        for (double loss : losses) {
            if (loss > 0) {
                losing++;
                max = Math.max(max, loss);
            }
        }
        if (losing == 0) {
            return new LossHistogram(new double[0], 0, new double[0], 0);
        }
        double width = Math.max(Math.max(max, upper), 1e-6) / bins;
        double[] start = new double[bins];
        double[] freq = new double[bins];
        for (int b = 0; b < bins; b++) {
            start[b] = b * width;
        }
        for (double loss : losses) {
            if (loss > 0) {
                freq[Math.min(bins - 1, (int) (loss / width))] += 1.0 / losses.length;
            }
        }
        return new LossHistogram(start, width, freq, (double) losing / losses.length);
    }
}

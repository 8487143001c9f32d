package io.tranchelab.sim;

/**
 * The chart sample's arrays of the last finished run, kept for the next run of the same shape.
 * A run of the lending book writes some 13 MB of chart sample (5,000 paths x 61 points x 11
 * series of floats) into arrays it has just allocated. Fresh arrays land on heap pages the
 * process has not touched yet until the whole committed heap has been used once, and each page
 * faults on its first write: about 10 ms of a 150 ms run, on the calling thread before any
 * worker starts (docs/performance.md, issue 13 third pass). Arrays handed back by the previous run are already
 * resident.
 *
 * <p>Why a reused array gives the same figures: {@link ChartSample} writes every cell of its
 * sample in every run that completes (its first point for every series, every later point for
 * every held path), so nothing of the previous run is read. A cancelled or failed run hands
 * nothing back. One spare at most, taken atomically, so two runs at once never share arrays.
 */
final class ChartValuesSpare {

    private static final Spare<float[][][]> SPARE = new Spare<>(1);

    private ChartValuesSpare() {
    }

    /** Arrays of [series][points][paths]: the spare when it has that shape, new ones otherwise. */
    static float[][][] take(int series, int points, int paths) {
        float[][][] spare = SPARE.take(values -> fits(values, series, points, paths)); // another shape stays for the run it fits
        if (spare != null) {
            return spare;
        }
        return new float[series][points][paths];
    }

    /** Hands back arrays no one will read again: the caller's run is finished and its fans selected. */
    static void giveBack(float[][][] values) {
        SPARE.giveBack(values); // the one kept before, if any, is dropped
    }

    /** The spare, without taking it (tests). */
    static float[][][] current() {
        java.util.List<float[][][]> kept = SPARE.current();
        return kept.isEmpty() ? null : kept.get(0);
    }

    /** Drops the spare: for a run that needs the memory (RunMemory), and tests. */
    static void clear() {
        SPARE.clear();
    }

    private static boolean fits(float[][][] values, int series, int points, int paths) {
        if (values.length != series) {
            return false;
        }
        for (float[][] row : values) {
            if (row.length != points) {
                return false;
            }
            for (float[] column : row) {
                if (column.length != paths) {
                    return false;
                }
            }
        }
        return true;
    }
}

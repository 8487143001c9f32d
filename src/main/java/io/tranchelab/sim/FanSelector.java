package io.tranchelab.sim;

import java.util.Arrays;

/**
 * The five quantiles of a chart fan's point ({@link Quantiles#selectFan}) by counting rather than
 * partitioning: the same order statistics, so the same bits, in a few passes that branch little.
 *
 * <p>Each float is mapped to an int that orders like it ({@link #key}); the k-th smallest float is
 * then the float of the k-th smallest key, one bit pattern, except where the order of floats and
 * of bits part: NaN (unordered) and the two zeros (equal as floats, so which one a partition
 * returns depends on where it moved them). Those inputs, rare in the fans, go to the partition
 * ({@link Quantiles#selectFanByPartition}), which is what they always got.
 *
 * <p>Why counting: the fans' series are full of ties and masses (principal outstanding at par,
 * drawdowns at zero, health at its cap) and the nested partitions' branches mispredict on every
 * other element; at 5,000 values a point they cost about 50 µs a point on a run's real series (100
 * on the NAV and the tranche values), this about half (docs/performance.md). Here, one pass maps
 * the floats to keys and finds their range, one counts them into 2,048 buckets spanning the range,
 * one gathers the (at most five) buckets that hold the wanted ranks, and the ranks a gathered bucket
 * holds are then found among its keys the same way, over its narrower range, down to a bucket of
 * one key or a handful sorted by insertion. One instance per thread; it keeps its scratch arrays
 * between points.
 */
final class FanSelector {

    /** 2^11 buckets: a pass over a few thousand values leaves a few in each, and the counts stay in L1. */
    private static final int BUCKET_BITS = 11;
    /** Selectors of finished fans, for the next ones ({@link Spare}): one a thread that selects fans at once. */
    private static final Spare<FanSelector> SPARE = new Spare<>(4);
    /** At most this many keys are sorted by insertion rather than counted again. */
    private static final int FEW = 24;
    /** The keys of -infinity and +infinity: a key outside them is a NaN. */
    private static final int LOWEST_KEY = key(Float.NEGATIVE_INFINITY);
    private static final int HIGHEST_KEY = key(Float.POSITIVE_INFINITY);
    private static final int RANKS = 5;
    private static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

    /**
     * The keys counted at each level: the input's, then the buckets gathered from them, then the
     * buckets gathered from those. A level's bucket spans less than 2^(shift) keys, and each level's
     * shift is at least {@link #BUCKET_BITS} below its parent's (at most 21, 10, then 0, where a
     * bucket is one key): three levels at most.
     */
    private final int[][] level = {new int[0], new int[0], new int[0]};
    private final int[] counts = new int[1 << BUCKET_BITS];
    /** 1 + the slot a bucket's keys are gathered to; 0: not gathered. Cleared after each gathering. */
    private final byte[] slotOfBucket = new byte[1 << BUCKET_BITS];
    /** Per rank: its rank within the stretch it is looked for in, its bucket there, its key once found. */
    private final int[] within = new int[RANKS];
    private final int[] bucketOf = new int[RANKS];
    private final int[] found = new int[RANKS];
    /** Per level, where each slot's keys start (slot i: [start[i], start[i + 1])) and the next write. */
    private final int[][] slotStart = new int[3][RANKS + 1];
    private final int[][] slotFill = new int[3][RANKS];
    private final int[] few = new int[FEW];

    /**
     * A selector for a run of fans: one a finished fan handed back, else a new one. A selector
     * keeps nothing from one selection to the next that the next one reads (its counts and
     * gatherings are cleared after each use, its key arrays written before they are read), so an
     * earlier fan's selector gives the same bits as a new one.
     */
    static FanSelector borrow() {
        FanSelector spare = SPARE.take(any -> true);
        return spare != null ? spare : new FanSelector();
    }

    /** Drops the kept selectors (RunMemory, for a run that needs the memory). */
    static void clearSpare() {
        SPARE.clear();
    }

    /** Hands back a selector {@link #borrow}ed: the caller selects nothing more with it. */
    static void giveBack(FanSelector selector) {
        SPARE.giveBack(selector);
    }

    /**
     * An int that orders like the float: its bits for a positive float, the other 31 bits flipped
     * for a negative one, so -0 comes just below +0 and the negatives run backwards.
     */
    static int key(float value) {
        int bits = Float.floatToRawIntBits(value);
        return bits ^ ((bits >> 31) >>> 1);
    }

    private static float value(int key) {
        return Float.intBitsToFloat(key ^ ((key >> 31) >>> 1)); // the map is its own inverse
    }

    /**
     * Writes quantiles 5, 25, 50, 75 and 95 of {@code values[0, n)} to {@code out}, the values
     * {@link Quantiles#selectFanByPartition} gives to the bit. Leaves the values alone, except that
     * an input holding NaN or both zeros is handed to that partition, which reorders it.
     */
    void select(float[] values, int n, double[] out) {
        if (n <= FEW) {
            Quantiles.selectFanByPartition(values, n, out);
            return;
        }
        if (level[0].length < n) {
            for (int l = 0; l < level.length; l++) {
                level[l] = new int[n];
            }
        }
        int[] keys = level[0];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int k = key(values[i]);
            keys[i] = k;
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        if (min < LOWEST_KEY || max > HIGHEST_KEY) { // a NaN: not ordered, the partition decides
            Quantiles.selectFanByPartition(values, n, out);
            return;
        }
        for (int q = 0; q < RANKS; q++) {
            within[q] = Quantiles.rank(LEVELS[q], n);
        }
        selectRanks(0, 0, n, min, max, 0, RANKS);
        boolean zero = false;
        for (int q = 0; q < RANKS; q++) {
            zero |= found[q] == 0 || found[q] == -1;
            out[q] = value(found[q]);
        }
        if (zero && holdsBothZeros(keys, n)) { // which zero the partition returns is its own affair
            Quantiles.selectFanByPartition(values, n, out);
        }
    }

    /**
     * Finds the keys of ranks {@code within[qFrom, qTo)} (ascending) among {@code level[depth][from,
     * from + count)}, whose keys run from min to max: counts them into buckets over that range; a
     * bucket of one key is the answer, a bucket of several is gathered to the next level and
     * looked into the same way, all the ranks it holds at once.
     */
    private void selectRanks(int depth, int from, int count, int min, int max, int qFrom, int qTo) {
        int[] a = level[depth];
        if (min == max) { // one value (a fan's first point, a mass at par or at a cap)
            for (int q = qFrom; q < qTo; q++) {
                found[q] = min;
            }
            return;
        }
        if (count <= FEW) {
            System.arraycopy(a, from, few, 0, count);
            sort(few, count);
            for (int q = qFrom; q < qTo; q++) {
                found[q] = few[within[q]];
            }
            return;
        }
        int shift = shiftFor(min, max);
        int buckets = ((max - min) >>> shift) + 1;
        int[] counts = this.counts;
        Arrays.fill(counts, 0, buckets, 0);
        for (int i = from; i < from + count; i++) {
            counts[(a[i] - min) >>> shift]++;
        }
        int below = 0;
        int b = 0;
        for (int q = qFrom; q < qTo; q++) { // ranks ascend, so their buckets do
            while (within[q] >= below + counts[b]) {
                below += counts[b];
                b++;
            }
            bucketOf[q] = b;
            within[q] -= below;
        }
        if (shift == 0) { // a bucket is one key
            for (int q = qFrom; q < qTo; q++) {
                found[q] = min + bucketOf[q];
            }
            return;
        }
        int slots = gather(depth, from, count, min, shift, qFrom, qTo);
        int[] start = slotStart[depth + 1];
        int q = qFrom;
        for (int slot = 0; slot < slots; slot++) {
            int qEnd = q + 1;
            while (qEnd < qTo && bucketOf[qEnd] == bucketOf[q]) {
                qEnd++;
            }
            int[] next = level[depth + 1];
            int subMin = Integer.MAX_VALUE;
            int subMax = Integer.MIN_VALUE;
            for (int i = start[slot]; i < start[slot + 1]; i++) {
                subMin = Math.min(subMin, next[i]);
                subMax = Math.max(subMax, next[i]);
            }
            selectRanks(depth + 1, start[slot], start[slot + 1] - start[slot], subMin, subMax, q, qEnd);
            q = qEnd;
        }
    }

    /**
     * Copies the keys of the buckets that hold ranks {@code qFrom} to {@code qTo - 1} (a slot each,
     * in rank order) to consecutive stretches of the next level, in one pass; returns the slots.
     */
    private int gather(int depth, int from, int count, int min, int shift, int qFrom, int qTo) {
        int[] start = slotStart[depth + 1];
        int[] fill = slotFill[depth + 1];
        byte[] slotOfBucket = this.slotOfBucket;
        int slots = 0;
        start[0] = 0;
        for (int q = qFrom; q < qTo; q++) {
            int b = bucketOf[q];
            if (slotOfBucket[b] == 0) {
                slotOfBucket[b] = (byte) (slots + 1);
                fill[slots] = start[slots];
                start[slots + 1] = start[slots] + counts[b];
                slots++;
            }
        }
        int[] a = level[depth];
        int[] next = level[depth + 1];
        for (int i = from; i < from + count; i++) {
            int k = a[i];
            int slot = slotOfBucket[(k - min) >>> shift];
            if (slot != 0) { // rarely taken but for a mass of ties, where it is taken in runs
                next[fill[slot - 1]++] = k;
            }
        }
        for (int q = qFrom; q < qTo; q++) {
            slotOfBucket[bucketOf[q]] = 0;
        }
        return slots;
    }

    /** The shift that brings keys less the minimum, up to max - min (unsigned), below 2^BUCKET_BITS. */
    private static int shiftFor(int min, int max) {
        long range = (long) max - min; // up to 2^32 - 1: (key - min) >>> shift reads it unsigned
        return Math.max(0, 64 - Long.numberOfLeadingZeros(range) - BUCKET_BITS);
    }

    /** Sorts {@code a[0, count)} by insertion. */
    private static void sort(int[] a, int count) {
        for (int i = 1; i < count; i++) {
            int k = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > k) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = k;
        }
    }

    /** Whether the keys hold -0 and +0 both. */
    private static boolean holdsBothZeros(int[] keys, int n) {
        boolean negative = false;
        boolean positive = false;
        for (int i = 0; i < n; i++) {
            negative |= keys[i] == -1;
            positive |= keys[i] == 0;
        }
        return negative && positive;
    }
}

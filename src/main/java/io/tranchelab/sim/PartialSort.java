package io.tranchelab.sim;

import java.util.Arrays;

/**
 * The few entries of a sorted copy that a run's metrics read (a handful of quantiles and the top
 * few per cent for the tail means), without sorting the whole copy: a sort of a tranche's 10,000
 * per-path figures costs about ten times the selections, and the run's end sorted twenty of them on
 * one thread while the others waited (docs/perf-notes/stats.md).
 *
 * <p>The entries are those of {@link Arrays#sort(double[])} to the bit. Arrays.sort orders doubles
 * totally: -0.0 before +0.0, NaN last. Selection works on each double's bits mapped to a long that
 * orders the same way (below), where {@code <} cannot tell -0.0 from +0.0; so the k-th key is the
 * sort's k-th value, bit for bit, and equal keys are equal bits. NaN (whose payloads Arrays.sort
 * keeps in some order) falls back to the full sort.
 */
final class PartialSort {

    /** Rounds of partitioning after which a range is sorted instead: a guard against quadratic inputs. */
    private static final int MAX_ROUNDS = 64;

    private PartialSort() {
    }

    /**
     * A copy of {@code values} that holds, at each of {@code ranks} and at every index from
     * {@code sortedFrom} on, what {@code Quantiles.sortedCopy(values)} holds there. Other entries are
     * the other values in no particular order. {@code 0 <= sortedFrom <= values.length}; ranks
     * within {@code [0, values.length)}.
     */
    static double[] sortedAt(double[] values, int sortedFrom, int... ranks) {
        return sortedAt(values, new long[values.length], new double[values.length], sortedFrom, ranks);
    }

    /**
     * {@link #sortedAt(double[], int, int...)} in {@code out}, with {@code keys} as scratch (both as
     * long as {@code values}; their contents are not read): returns {@code out}, or a sorted copy of
     * {@code values} when they hold a NaN.
     */
    static double[] sortedAt(double[] values, long[] keys, double[] out, int sortedFrom, int... ranks) {
        int n = values.length;
        if (keys.length != n || out.length != n) {
            throw new IllegalArgumentException("buffers of " + keys.length + " and " + out.length + " for " + n + " values");
        }
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (v != v) {
                return Quantiles.sortedCopy(values);
            }
            keys[i] = key(v);
        }
        int[] wanted = ranks.clone();
        Arrays.sort(wanted);
        // each selection leaves every larger key to its right, so the next one searches only there
        int from = 0;
        for (int k : wanted) {
            if (k >= sortedFrom) {
                break;
            }
            if (k >= from) {
                select(keys, from, n - 1, k);
                from = k + 1;
            }
        }
        if (sortedFrom < n) { // from <= sortedFrom here: only ranks below it were selected
            if (sortedFrom > from) {
                select(keys, from, n - 1, sortedFrom);
            }
            Arrays.sort(keys, sortedFrom, n);
        }
        for (int i = 0; i < n; i++) {
            out[i] = Double.longBitsToDouble(key(keys[i]));
        }
        return out;
    }

    /**
     * A double's bits as a long whose signed order is Arrays.sort's order of (non-NaN) doubles:
     * positive doubles order as their bits already; a negative double's lower 63 bits are flipped,
     * so a larger magnitude comes first, and -0.0 becomes -1, just below +0.0's 0. The map is its
     * own inverse (it keeps the sign bit), so it turns keys back into the doubles' bits too.
     */
    static long key(double value) {
        return key(Double.doubleToRawLongBits(value));
    }

    static long key(long bits) {
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * Moves the k-th smallest of {@code a[left, right]} to index k, the smaller ones before it and
     * the larger after. Hoare partitions (balanced on a tranche's losses, mostly one value, 0), pivot the
     * median of three (sorted inputs stay linear); after {@link #MAX_ROUNDS} rounds the range left is
     * sorted.
     */
    static void select(long[] a, int left, int right, int k) {
        select(a, left, right, k, MAX_ROUNDS);
    }

    /** {@link #select(long[], int, int, int)} sorting what is left after {@code maxRounds} rounds (tests lower it). */
    static void select(long[] a, int left, int right, int k, int maxRounds) {
        int rounds = 0;
        while (right > left) {
            if (++rounds > maxRounds) {
                Arrays.sort(a, left, right + 1);
                return;
            }
            int mid = (left + right) >>> 1;
            // the median of three moved to the middle, the smallest to the left, the largest to the right
            if (a[mid] < a[left]) {
                swap(a, mid, left);
            }
            if (a[right] < a[left]) {
                swap(a, right, left);
            }
            if (a[right] < a[mid]) {
                swap(a, right, mid);
            }
            long pivot = a[mid];
            int i = left;
            int j = right;
            // Hoare's scheme: both scans stop at keys equal to the pivot, so a range of one repeated key
            // (a tranche's many 0 losses) splits in the middle rather than peeling one key a round
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            // now a[left, j] <= pivot <= a[i, right], and a(j, i) == pivot
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

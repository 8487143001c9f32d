package io.tranchelab.sim;

import java.util.Arrays;

/**
 * Empirical quantiles with one definition throughout: the p-quantile of n values is the
 * k-th smallest with k = ceil(p n), the smallest x with P(X <= x) >= p (docs/model.md §8.1).
 */
public final class Quantiles {

    private Quantiles() {
    }

    static int rank(double p, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n - 1e-9) - 1));
    }

    /** Quantile of already sorted values. */
    public static double ofSorted(double[] sorted, double p) {
        return sorted[rank(p, sorted.length)];
    }

    public static double[] sortedCopy(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Where the tail {@link #tailMean} averages starts in n sorted values: the largest ceil((1 - p) n), at least one. */
    static int tailStart(double p, int n) {
        return n - Math.max(1, (int) Math.ceil((1 - p) * n - 1e-9));
    }

    /** Mean of the largest ceil((1 - p) n) sorted values: expected shortfall at level p. */
    static double tailMean(double[] sorted, double p) {
        int n = sorted.length;
        int from = tailStart(p, n);
        int tail = n - from;
        double sum = 0;
        for (int i = from; i < n; i++) {
            sum += sorted[i];
        }
        return sum / tail;
    }

    /**
     * Quantiles 5, 25, 50, 75 and 95 of {@code values[0, n)}, the ranks of {@link #rank}: the chart
     * fans need them at every grid point. By counting ({@link FanSelector}; a chart keeps one
     * selector for all its points); the same bits as {@link #selectFanByPartition}. May reorder the array.
     */
    static void selectFan(float[] values, int n, double[] out) {
        new FanSelector().select(values, n, out);
    }

    /**
     * The fan's quantiles by partition (quickselect), in O(n) rather than a sort: the median is
     * selected first, so each later selection works on the half (or quarter) that must hold its
     * rank. Reorders the array. What {@link FanSelector} falls back to for NaN and mixed zeros.
     */
    static void selectFanByPartition(float[] values, int n, double[] out) {
        int k5 = rank(0.05, n);
        int k25 = rank(0.25, n);
        int k50 = rank(0.50, n);
        int k75 = rank(0.75, n);
        int k95 = rank(0.95, n);
        quickselect(values, 0, n - 1, k50);
        quickselect(values, 0, k50, k25);
        quickselect(values, 0, k25, k5);
        quickselect(values, k50, n - 1, k75);
        quickselect(values, k75, n - 1, k95);
        out[0] = values[k5];
        out[1] = values[k25];
        out[2] = values[k50];
        out[3] = values[k75];
        out[4] = values[k95];
    }

    private static void quickselect(float[] a, int left, int right, int k) {
        while (right > left) {
            int mid = (left + right) >>> 1;
            // median of three as pivot, so sorted and constant inputs stay linear
            if (a[mid] < a[left]) {
                swap(a, mid, left);
            }
            if (a[right] < a[left]) {
                swap(a, right, left);
            }
            if (a[right] < a[mid]) {
                swap(a, right, mid);
            }
            float pivot = a[mid];
            int i = left;
            int j = right;
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
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private static void swap(float[] a, int i, int j) {
        float t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

package io.tranchelab.sim;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Per-path arrays of finished runs ({@link RunAggregation}'s figures by path, all but the losses,
 * which the result keeps), kept for the next runs of the same number of paths. The reason is
 * {@link ChartValuesSpare}'s: fresh arrays land on heap pages the process has not touched yet, each
 * of which faults on its first write (slowly in this sandbox), and the aggregation is made on the
 * calling thread before any worker starts: about 4 ms of a 2-thread run of the lending book, every
 * core but one idle meanwhile (docs/perf-notes/stats.md).
 *
 * <p>Why a reused array gives the same figures: a run that completes writes every path's entry of
 * each of these arrays (Collector.finish, or SplitRun.merge's copies), so nothing of an earlier run
 * is read. A cancelled or failed run hands nothing back, nor does a part of a split run
 * ({@link PartialRun} keeps its arrays). An array is taken by one run only. What is kept is
 * bounded ({@link #MAX_ARRAYS}, {@link #MAX_DOUBLES}).
 */
final class PathArraysSpare {

    /** Enough for a run of six tranches; older arrays are dropped beyond it. */
    static final int MAX_ARRAYS = 32;
    /**
     * At most this many doubles kept (4 MiB), the oldest dropped first: a run of 10,000 paths keeps
     * 120,000-300,000, and the arrays of a run of a million paths (12 x 8 MB) are never kept, so a
     * large run never leaves a small heap short for the next one.
     */
    static final long MAX_DOUBLES = 1 << 19;

    private static final ArrayDeque<double[]> SPARE = new ArrayDeque<>();
    private static long kept;

    private PathArraysSpare() {
    }

    /** An array of {@code length} doubles: a spare one of that length when there is one, a new one otherwise. */
    static double[] take(int length) {
        synchronized (SPARE) {
            for (Iterator<double[]> it = SPARE.iterator(); it.hasNext(); ) {
                double[] array = it.next();
                if (array.length == length) {
                    it.remove();
                    kept -= length;
                    return array;
                }
            }
        }
        return new double[length];
    }

    /** {@code rows} arrays of {@code length} doubles ({@link #take}). */
    static double[][] take(int rows, int length) {
        double[][] arrays = new double[rows][];
        for (int r = 0; r < rows; r++) {
            arrays[r] = take(length);
        }
        return arrays;
    }

    /** Hands back arrays no one will read again (the run they belonged to is finished and assembled). */
    static void giveBack(double[]... arrays) {
        synchronized (SPARE) {
            for (double[] array : arrays) {
                if (array.length > MAX_DOUBLES) {
                    continue;
                }
                SPARE.addFirst(array);
                kept += array.length;
                while (SPARE.size() > MAX_ARRAYS || kept > MAX_DOUBLES) {
                    kept -= SPARE.removeLast().length;
                }
            }
        }
    }

    /** How many arrays are kept (tests). */
    static int size() {
        synchronized (SPARE) {
            return SPARE.size();
        }
    }

    /** Every kept array, without taking them (tests). */
    static double[][] current() {
        synchronized (SPARE) {
            return SPARE.toArray(new double[0][]);
        }
    }

    /** Drops every kept array: for a run that needs the memory (RunMemory), and tests. */
    static void clear() {
        synchronized (SPARE) {
            SPARE.clear();
            kept = 0;
        }
    }
}

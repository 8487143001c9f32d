package io.tranchelab.sim;

import java.util.Arrays;

/**
 * The rates of a few flow vectors one thread has solved before, for one tranche's IRRs
 * ({@link Irr}). Many paths pay a tranche exactly the same flows (the senior paid in full on
 * schedule, an equity that got nothing until the same last date), and the rate is a pure function
 * of the flows once the principal and the dates are fixed: the same flows give the same rate, to
 * the bit, whichever block or thread solved them first. So a vector found here is not solved again.
 *
 * <p>Only vectors that repeated within their group are kept ({@link Irr} decides), so one-off
 * vectors do not push out the ones that recur; when full, the entry used longest ago makes room.
 * Flows are compared as {@link Irr} compares them within a group: the same first nonzero position,
 * and from there the same bits.
 */
final class SolvedFlows {

    /** Entries kept: a lookup compares each one's two sums, so this stays small. */
    static final int CAPACITY = 16;

    /** The problem every entry solves: a different one empties the cache. */
    private double principal = Double.NaN;
    private int dates = -1;
    private double firstTime = Double.NaN;
    private double spacing = Double.NaN;

    /** [entry] the flows in Horner order, their first nonzero position, their two sums' bits, the rate. */
    private final double[][] flows = new double[CAPACITY][];
    private final int[] start = new int[CAPACITY];
    private final long[] totalBits = new long[CAPACITY];
    private final long[] weightedTimeBits = new long[CAPACITY];
    private final double[] rate = new double[CAPACITY];
    /** [entry] when it was last stored or found (a count of those events). */
    private final long[] lastUse = new long[CAPACITY];
    private int size;
    private long clock;

    /** Empties the cache unless its entries were solved for exactly this principal and these dates. */
    void forProblem(double principal, int dates, double firstTime, double spacing) {
        if (Double.doubleToRawLongBits(principal) != Double.doubleToRawLongBits(this.principal) || dates != this.dates
                || Double.doubleToRawLongBits(firstTime) != Double.doubleToRawLongBits(this.firstTime)
                || Double.doubleToRawLongBits(spacing) != Double.doubleToRawLongBits(this.spacing)) {
            this.principal = principal;
            this.dates = dates;
            this.firstTime = firstTime;
            this.spacing = spacing;
            size = 0;
        }
    }

    /**
     * The entry holding these flows ({@code laneFlows[from .. from + dates - 1]} in Horner order,
     * first nonzero at {@code from + first}, with these sums), or -1.
     */
    int find(double[] laneFlows, int from, int first, double total, double weightedTime) {
        long t = Double.doubleToRawLongBits(total);
        long w = Double.doubleToRawLongBits(weightedTime);
        for (int e = 0; e < size; e++) {
            if (totalBits[e] == t && weightedTimeBits[e] == w && start[e] == first
                    && Arrays.equals(flows[e], first, dates, laneFlows, from + first, from + dates)) {
                lastUse[e] = ++clock;
                return e;
            }
        }
        return -1;
    }

    double rate(int entry) {
        return rate[entry];
    }

    /**
     * Keeps these flows ({@code laneFlows[from ..]}) and their rate, in place of the entry used
     * longest ago when full.
     */
    void remember(double[] laneFlows, int from, int first, double total, double weightedTime, double solvedRate) {
        int e = size;
        if (size < CAPACITY) {
            size++;
        } else {
            e = 0;
            for (int k = 1; k < CAPACITY; k++) {
                if (lastUse[k] < lastUse[e]) {
                    e = k;
                }
            }
        }
        if (flows[e] == null || flows[e].length < dates) {
            flows[e] = new double[dates];
        }
        System.arraycopy(laneFlows, from, flows[e], 0, dates);
        start[e] = first;
        totalBits[e] = Double.doubleToRawLongBits(total);
        weightedTimeBits[e] = Double.doubleToRawLongBits(weightedTime);
        rate[e] = solvedRate;
        lastUse[e] = ++clock;
    }
}

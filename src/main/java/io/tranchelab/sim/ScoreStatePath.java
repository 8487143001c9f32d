package io.tranchelab.sim;

import java.util.Arrays;

/**
 * One credit line's borrowers spread over score states along each path of a block
 * (docs/model.md §5.4.1): counts per state and lane, not one object per borrower. Each step,
 * first the defaults, drawn per state at that state's step probability (binomial, from the
 * path's events stream, states in increasing misses), then the payments falling due in the
 * step: for each, every survivor misses it with the line's probability (binomial per state,
 * states in decreasing misses so that no borrower moves twice, from the path's scoring stream
 * {@link #STREAM}). A path of a line whose borrowers never miss never gets here
 * ({@link CreditPoolPath} keeps it as one cohort), so such a structure draws nothing new.
 */
final class ScoreStatePath {

    /** The path's stream index for {@link PathRandom#streamSeed}: after the chains' 6. */
    static final int STREAM = 7;

    private final ScoreStates states;
    private final int lanes;
    /** [m][lane] surviving borrowers that have missed m payments. */
    private final long[][] count;
    /** [m][lane] the step default probability of state m, and the threshold it was computed for (NaN: none). */
    private final double[][] probability;
    private final double[][] probabilityFor;
    /**
     * [m][lane] {@code (1 - p)^n} for the inversion draw, and the count n it was computed for (-1:
     * none): counts change only at a default or a payment, so most steps reuse it (the same number
     * {@link PathRandom#binomial} would compute, so the same draw).
     */
    private final double[][] noDefault;
    private final long[][] noDefaultFor;
    /** [lane] the highest state occupied so far on the path. */
    private final int[] top;
    /** [lane] the path's systemic factor (§5.3). */
    private final double[] factor;
    private final Lxm[] missRandom;
    /** [m] this step's thresholds, for the states some lane occupies. */
    private final double[] thresholdNow;

    ScoreStatePath(ScoreStates states, int lanes) {
        this.states = states;
        this.lanes = lanes;
        int n = states.stateCount();
        count = new long[n][lanes];
        probability = new double[n][lanes];
        probabilityFor = new double[n][lanes];
        for (double[] row : probabilityFor) {
            Arrays.fill(row, Double.NaN);
        }
        noDefault = new double[n][lanes];
        noDefaultFor = new long[n][lanes];
        for (long[] row : noDefaultFor) {
            Arrays.fill(row, -1);
        }
        top = new int[lanes];
        factor = new double[lanes];
        missRandom = new Lxm[lanes];
        for (int l = 0; l < lanes; l++) {
            missRandom[l] = new Lxm(0);
        }
        thresholdNow = new double[n];
    }

    /** Starts lane l's path: all {@code borrowers} in state 0 (no miss yet), with the path's factor y. */
    void reset(int l, PathRandom random, double y, long borrowers) {
        for (int m = 0; m <= top[l]; m++) {
            count[m][l] = 0;
            probabilityFor[m][l] = Double.NaN; // the factor changed: every cached probability is stale
            noDefaultFor[m][l] = -1;
        }
        count[0][l] = borrowers;
        top[l] = 0;
        factor[l] = y;
        missRandom[l].reseed(random.streamSeed(STREAM));
    }

    /** Step {@code step} (from 1): each lane's defaults into {@code defaults[lane]}, then the payments due. */
    void step(int step, PathRandom[] random, long[] defaults) {
        int k = step - 1;
        int highest = 0;
        for (int l = 0; l < lanes; l++) {
            highest = Math.max(highest, top[l]);
        }
        for (int m = 0; m <= highest; m++) {
            thresholdNow[m] = states.threshold(k, m);
        }
        // lane by lane, each over the states it occupies (a lane's own top, not the block's): most
        // of a block's (state, lane) pairs are empty; a lane still draws its states in increasing misses
        for (int l = 0; l < lanes; l++) {
            long died = 0;
            for (int m = 0; m <= top[l]; m++) {
                long n = count[m][l];
                if (n == 0) {
                    continue;
                }
                double c = thresholdNow[m];
                if (probabilityFor[m][l] != c) { // the state's score changed band, or its first step on this path
                    probability[m][l] = CreditPoolPath.stepProbability(c, states.sqrtRho, states.sqrtOneMinusRho,
                            factor[l], states.steps);
                    probabilityFor[m][l] = c;
                    noDefaultFor[m][l] = -1;
                }
                double p = probability[m][l];
                long d;
                if (PathRandom.drawsByInversion(n, p)) {
                    if (noDefaultFor[m][l] != n) {
                        noDefault[m][l] = Math.pow(1 - p, n);
                        noDefaultFor[m][l] = n;
                    }
                    d = PathRandom.binomialByInversion(random[l].events, n, p, noDefault[m][l]);
                } else {
                    d = PathRandom.binomial(random[l].events, n, p);
                }
                count[m][l] = n - d;
                died += d;
            }
            defaults[l] = died;
        }
        int payments = states.due[step] - states.due[k];
        for (int payment = 0; payment < payments; payment++) {
            for (int l = 0; l < lanes; l++) {
                miss(l);
            }
        }
    }

    /** One payment falls due in lane l: each survivor misses it with the line's probability. */
    private void miss(int l) {
        int from = top[l];
        for (int m = from; m >= 0; m--) {
            long n = count[m][l];
            if (n == 0) {
                continue;
            }
            long missed = PathRandom.binomial(missRandom[l], n, states.missProbability);
            if (missed > 0) {
                count[m][l] = n - missed;
                count[m + 1][l] += missed;
                top[l] = Math.max(top[l], m + 1);
            }
        }
    }

    /** Lane l's survivors in state m (tests and the trace read it). */
    long count(int m, int l) {
        return m < count.length ? count[m][l] : 0;
    }

    int stateCount() {
        return count.length;
    }
}

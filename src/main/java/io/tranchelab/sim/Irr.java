package io.tranchelab.sim;

/**
 * The annualized internal rate of return of one tranche on each path of a block (docs/model.md
 * §8.5): the rate r at which the tranche's dated cash flows are worth its initial principal P,
 * {@code P = sum_j C_j (1 + r)^(-t_j)}, the flows C_j >= 0 coming at the evenly spaced times
 * {@code t_j = t_1 + (j - 1) h}.
 *
 * <p>With x = ln(1 + r) the present value {@code sum_j C_j e^(-x t_j)} falls strictly in x
 * (every flow is a receipt, every time positive), so the root is unique and a bracket holds it:
 * [0, ln(1 + CAP)] when the flows add up to at least P, [LOWEST_LOG, 0] when they do not. Each
 * side scales the present value so that no term can overflow (the flows are discounted to the
 * first date when x >= 0 and compounded to the last when x < 0; the scaled function has the same
 * sign and root) and is a polynomial in one factor, evaluated by Horner's rule: no exponential per
 * flow. Newton steps inside the bracket, bisection when a step would leave it (safeguarded
 * Newton, Numerical Recipes' rtsafe).
 *
 * <p>A path that receives nothing has r = -1 (-100 %/yr), the limit of the definition; a rate
 * above {@link #CAP} is reported as CAP (a tranche paid many times its principal within days).
 *
 * <p>Speed (issue 13): a Horner step is a multiply and an add that wait on the previous step, so
 * one polynomial runs at the floating-point latency. The paths of a block are therefore solved
 * together, round by round of their Newton iterations: each round takes the paths still iterating
 * eight at a time, then four, and runs their sums interleaved in one loop ({@link #hornerOfEight},
 * {@link #horner}), independent chains that keep the units busy. Paths take from one to some forty iterations, so
 * the groups are formed anew each round rather than kept. Each path's arithmetic is the one it
 * would have alone, in the same order, so every rate is the same to the bit ({@code IrrGoldenTest}).
 * Each path's flows are first copied to an array of its own, in the order its sum takes them, so a
 * sum reads them straight through; zeros before the first nonzero one leave a sum exactly +0, so a
 * group starts at the first coefficient any of its paths needs. One instance per thread.
 *
 * <p>Since a rate is a function of the lane's flows alone (the principal and dates being the
 * tranche's), flows are solved once ({@link #solveOnce}): a lane that repeats an earlier lane of its
 * group, bit for bit, takes that lane's rate, and one the thread solved in an earlier group takes
 * the rate kept in {@link SolvedFlows} (on the lending book about a third of the lanes, on the
 * credit pools four in five). And the bracket's far end, whose sum is wanted only for its sign, is
 * settled by a bound where one holds ({@link #rootInsideByBound}: nine solves in ten there).
 */
final class Irr {

    /** The highest rate reported, 10^6 a year (100,000,000 %/yr): beyond it the figure says nothing more. */
    static final double CAP = 1e6;
    /** ln(1 + r) below which r is -1 in double precision (1 + r = 4e-18). */
    private static final double LOWEST_LOG = -40;
    private static final int MAX_ITERATIONS = 200;

    /** [lane][position] each path's flows in the order its Horner sum takes them. */
    private double[][] flows = new double[0][];
    /** [lane] the first position its Horner sum needs: its first nonzero coefficient. */
    private int[] start = new int[0];
    /** [lane] its flows' bits or-ed together: negative when a flow is negative or -0. */
    private long[] signBits = new long[0];
    /** [lane] the bracket, the iterate, the polynomial's factor there (q or p), the scaled value and its slope. */
    private double[] lo = new double[0];
    private double[] hi = new double[0];
    private double[] x = new double[0];
    private double[] z = new double[0];
    private double[] f = new double[0];
    private double[] df = new double[0];
    /** [lane] the flows' total and cash-weighted time. */
    private double[] total = new double[0];
    private double[] weightedTime = new double[0];
    /** [lane] the root's side: x >= 0 (the flows add up to more than P: discounted to the first date) or x < 0. */
    private boolean[] gain = new boolean[0];
    /** Lanes: the ones being solved, and the ones still iterating. */
    private int[] solving = new int[0];
    private int[] active = new int[0];
    /** Lanes whose flows equal an earlier lane's of the group, and [lane] that lane (the one solved). */
    private int[] sharing = new int[0];
    private int sharingCount;
    private int[] sameAs = new int[0];
    /** [lane] how many lanes of the group share its solve, itself included. */
    private int[] copies = new int[0];
    /** Counts since this solver was made: vectors solved, lanes that shared a solve in their group, rates found in the cache. */
    long solvedVectors;
    long sharedInGroup;
    long foundSolved;
    /** Lanes sent to Newton on a bound, without the far end's sum. */
    long boundSettled;

    /**
     * The annual IRR of paying {@code principal} at time 0 and receiving {@code amounts[offset ..
     * offset + count - 1]} at times {@code firstTime + j * spacing}, j = 0 .. count - 1.
     */
    static double annual(double principal, double[] amounts, int offset, int count, double firstTime, double spacing) {
        double[][] byDate = new double[count][1];
        for (int j = 0; j < count; j++) {
            byDate[j][0] = amounts[offset + j];
        }
        double[] rate = new double[1];
        new Irr().annual(principal, byDate, 1, count, firstTime, spacing, rate, new SolvedFlows());
        return rate[0];
    }

    /**
     * Writes to {@code rates[l]}, l < {@code lanes}, the annual IRR of paying {@code principal} at
     * time 0 and receiving {@code byDate[j][l]} at times {@code firstTime + j * spacing}, j = 0 ..
     * {@code dates - 1}. {@code solved} holds vectors this thread solved before for the same principal
     * and dates (it is emptied if they differ) and keeps some of this group's.
     */
    void annual(double principal, double[][] byDate, int lanes, int dates, double firstTime, double spacing,
            double[] rates, SolvedFlows solved) {
        size(lanes, dates);
        solved.forProblem(principal, dates, firstTime, spacing);
        double[] total = this.total; // each lane's sums in date order, as a path alone has them
        double[] weightedTime = this.weightedTime;
        java.util.Arrays.fill(total, 0, lanes, 0);
        java.util.Arrays.fill(weightedTime, 0, lanes, 0);
        for (int j = 0; j < dates; j++) {
            double[] row = byDate[j];
            double time = firstTime + j * spacing;
            for (int l = 0; l < lanes; l++) {
                total[l] += row[l];
            }
            for (int l = 0; l < lanes; l++) {
                weightedTime[l] += row[l] * time;
            }
        }
        int open = 0;
        for (int l = 0; l < lanes; l++) {
            if (!(total[l] > 0)) {
                rates[l] = -1;
            } else if (total[l] == principal) {
                rates[l] = 0;
            } else {
                boolean above = total[l] > principal;
                gain[l] = above;
                lo[l] = above ? 0 : LOWEST_LOG; // the present value is above P at lo, below it at hi
                hi[l] = above ? Math.log1p(CAP) : 0;
                x[l] = above ? hi[l] : lo[l];
                active[open++] = l;
            }
        }
        copyInHornerOrder(byDate, open, dates);
        open = solveOnce(open, dates, rates, solved);
        // the bracket's far end: past the cap, or nothing worth e^-40 of the principal. Where a
        // bound settles that the root is inside, the far end's sum is not needed (rootInsideByBound)
        int iterating = 0;
        int unsettled = 0;
        double lastTime = firstTime + (dates - 1) * spacing;
        for (int i = 0; i < open; i++) {
            int l = active[i];
            if (rootInsideByBound(l, principal, dates, firstTime, spacing, lastTime)) {
                solving[iterating++] = l;
            } else {
                active[unsettled++] = l;
            }
        }
        boundSettled += iterating;
        evaluate(principal, unsettled, dates, firstTime, spacing);
        for (int i = 0; i < unsettled; i++) {
            int l = active[i];
            if (gain[l] ? f[l] >= 0 : f[l] <= 0) {
                rates[l] = gain[l] ? CAP : -1;
            } else {
                solving[iterating++] = l;
            }
        }
        for (int i = 0; i < iterating; i++) {
            int l = solving[i];
            // start from the rate of a single payment of the total at the cash-weighted mean time
            double guess = Math.log(total[l] / principal) / (weightedTime[l] / total[l]);
            x[l] = guess > lo[l] && guess < hi[l] ? guess : 0.5 * (lo[l] + hi[l]);
        }
        int iterated = iterating;
        System.arraycopy(solving, 0, active, 0, iterating);
        for (int iteration = 0; iteration < MAX_ITERATIONS && iterating > 0; iteration++) {
            evaluate(principal, iterating, dates, firstTime, spacing);
            int still = 0;
            for (int i = 0; i < iterating; i++) {
                int l = active[i];
                if (newtonStep(l)) {
                    active[still++] = l;
                }
            }
            iterating = still;
        }
        for (int i = 0; i < iterated; i++) {
            int l = solving[i];
            rates[l] = Math.min(CAP, Math.expm1(x[l]));
        }
        shareRates(rates, solved);
    }

    /**
     * Leaves in {@code active} only the lanes whose flows must be solved: a lane whose flows equal
     * those of an earlier lane of the group takes that lane's rate once it is solved
     * ({@link #shareRates}), and one whose flows the thread solved before takes the rate found in
     * {@code solved} now. Returns how many lanes are left.
     *
     * <p>Why that gives every lane its own bits: a lane's rate is computed from its flows, the
     * principal and the dates alone, by the same operations whichever lanes it is solved with
     * (the class comment). Flows are equal here when their first nonzero positions are the same and
     * from there every flow has the same bits (so -0 and +0 differ, and flows with a NaN never get
     * here: their total is NaN and their rate -1). The zeros before the first nonzero flow, of either
     * sign, change no sum: every sum starts at +0, and +0 times a factor plus a zero is +0. So the
     * lanes' totals and cash-weighted times are also the same bits, and those are compared first.
     */
    private int solveOnce(int open, int dates, double[] rates, SolvedFlows solved) {
        int distinct = 0;
        int shared = 0;
        for (int i = 0; i < open; i++) {
            int l = active[i];
            int same = -1;
            for (int k = 0; k < distinct && same < 0; k++) {
                int r = active[k];
                if (sameFlows(l, r, dates)) {
                    same = r;
                }
            }
            if (same >= 0) {
                sameAs[l] = same;
                copies[same]++;
                sharing[shared++] = l;
                continue;
            }
            int entry = solved.find(flows[l], start[l], total[l], weightedTime[l]);
            if (entry >= 0) {
                rates[l] = solved.rate(entry);
                foundSolved++;
            } else {
                copies[l] = 1;
                active[distinct++] = l; // distinct <= i: this slot has been read
            }
        }
        solvedVectors += distinct;
        sharedInGroup += shared;
        sharingCount = shared;
        return distinct;
    }

    private boolean sameFlows(int a, int b, int dates) {
        return Double.doubleToRawLongBits(total[a]) == Double.doubleToRawLongBits(total[b])
                && Double.doubleToRawLongBits(weightedTime[a]) == Double.doubleToRawLongBits(weightedTime[b])
                && start[a] == start[b]
                && java.util.Arrays.equals(flows[a], start[a], dates, flows[b], start[b], dates);
    }

    /**
     * Gives each of the lanes of {@code sharing} the rate of the lane it
     * repeats, and keeps the repeated vectors in {@code solved} for the thread's next groups (a
     * vector seen once in a group is left out: it would only push out one that recurs).
     */
    private void shareRates(double[] rates, SolvedFlows solved) {
        for (int i = 0; i < sharingCount; i++) {
            int l = sharing[i];
            int r = sameAs[l];
            rates[l] = rates[r];
            if (copies[r] > 1) {
                solved.remember(flows[r], start[r], total[r], weightedTime[r], rates[r]);
                copies[r] = 0; // remembered once
            }
        }
    }

    /**
     * Whether lane l's root is inside its bracket, settled without the far end's sum, where a bound
     * settles it: the sum's sign is all that is asked of it, and when the bound holds the sum is
     * certain to have the sign that sends the lane to Newton, so the lane goes there as it would
     * have. Only for flows whose every sign bit is clear (no negative flow, no -0): the bounds rest
     * on every term of the sum being >= 0. x[l] is the far end.
     *
     * <p>x < 0: the sum ends with {@code v = v' p + C_last}, v' p >= 0, and rounding is monotone, so
     * the computed v >= C_last exactly; if {@code C_last > P e^(x t_J)} (computed as
     * {@link #evaluate} computes it) the computed f = v - P e^(x t_J) > 0: inside. x >= 0: the sum is
     * {@code C_first + q S'}, S' = {@code sum_j C_j q^(j-1)} over the later dates <= their total <=
     * the lane's computed total times (1 + J u) (nonnegative terms). The computed Horner sum exceeds
     * its exact value by a factor of at most (1 + u)^(2J); with J <= 8,192 dates a path
     * ({@link PathStatistics#MAX_DATED_FLOWS}) all these factors together stay below 1 + 1e-11.
     * So {@code (C_first + q total)(1 + 1e-9) < P e^(x t_1)} (computed as {@link #evaluate} does)
     * makes the computed f < 0: inside. Underflow inside the sum adds at most J times the smallest
     * subnormal in all, far below the margin once {@code P e^(x t_1) > 1e-280} (required).
     */
    private boolean rootInsideByBound(int l, double principal, int dates, double firstTime, double spacing,
            double lastTime) {
        return rootInsideByBound(principal, flows[l], dates, total[l], gain[l], signBits[l], firstTime, spacing,
                lastTime);
    }

    /** {@link #rootInsideByBound(int, double, int, double, double, double)} of flows in Horner order, at the far end. */
    static boolean rootInsideByBound(double principal, double[] hornerFlows, int dates, double total, boolean gain,
            long signBits, double firstTime, double spacing, double lastTime) {
        if (signBits < 0) {
            return false;
        }
        double lastCoefficient = hornerFlows[dates - 1]; // the first date's flow for x >= 0, the last date's for x < 0
        if (gain) {
            double farEnd = Math.log1p(CAP);
            double q = Math.exp(-farEnd * spacing);
            double owed = principal * Math.exp(farEnd * firstTime);
            return owed > 1e-280 && (lastCoefficient + q * total) * (1 + 1e-9) < owed;
        }
        return lastCoefficient > principal * Math.exp(LOWEST_LOG * lastTime);
    }

    private void size(int lanes, int dates) {
        if (lo.length < lanes) {
            lo = new double[lanes];
            hi = new double[lanes];
            x = new double[lanes];
            z = new double[lanes];
            f = new double[lanes];
            df = new double[lanes];
            total = new double[lanes];
            weightedTime = new double[lanes];
            gain = new boolean[lanes];
            solving = new int[lanes];
            active = new int[lanes];
            start = new int[lanes];
            signBits = new long[lanes];
            sharing = new int[lanes];
            sameAs = new int[lanes];
            copies = new int[lanes];
            flows = new double[lanes][];
        }
        if (lanes > 0 && (flows[0] == null || flows[0].length < dates)) {
            for (int l = 0; l < flows.length; l++) {
                flows[l] = new double[dates];
            }
        }
    }

    /**
     * Copies the flows of the lanes being solved to one array a lane, in the order the lane's Horner
     * sum takes them: from the last date down for x >= 0, from the first up for x < 0; eight dates at
     * a time, so that reads and writes stay in few cache lines. Notes where each sum must start: its
     * first nonzero coefficient; and the flows' bits or-ed together (negative if any flow's sign bit is set).
     */
    private void copyInHornerOrder(double[][] byDate, int count, int dates) {
        for (int first = 0; first < dates; first += 8) {
            int end = Math.min(dates, first + 8);
            for (int i = 0; i < count; i++) {
                int l = active[i];
                double[] lane = flows[l];
                long bits = 0;
                if (gain[l]) {
                    for (int j = first; j < end; j++) {
                        double flow = byDate[j][l];
                        lane[dates - 1 - j] = flow;
                        bits |= Double.doubleToRawLongBits(flow);
                    }
                } else {
                    for (int j = first; j < end; j++) {
                        double flow = byDate[j][l];
                        lane[j] = flow;
                        bits |= Double.doubleToRawLongBits(flow);
                    }
                }
                signBits[l] = first == 0 ? bits : signBits[l] | bits;
            }
        }
        for (int i = 0; i < count; i++) {
            int l = active[i];
            double[] lane = flows[l];
            int zeros = 0;
            while (zeros < dates - 1 && lane[zeros] == 0) {
                zeros++;
            }
            start[l] = zeros;
        }
    }

    /** One safeguarded Newton step of lane l from the value at x[l]; whether it goes on. */
    private boolean newtonStep(int l) {
        double value = f[l];
        if (value == 0) {
            return false;
        }
        double from = x[l];
        if (value > 0) {
            lo[l] = from;
        } else {
            hi[l] = from;
        }
        double next = from - value / df[l];
        if (!(next > lo[l] && next < hi[l])) {
            next = 0.5 * (lo[l] + hi[l]);
        }
        x[l] = next;
        double scale = Math.max(1, Math.abs(from));
        return !(Math.abs(next - from) <= 1e-15 * scale || hi[l] - lo[l] <= 1e-15 * scale);
    }

    /**
     * Sets f[l] and df[l] of the first {@code count} lanes of {@code active} to the scaled present
     * value less the principal and its derivative in x, at x[l]. For x >= 0 (gain):
     * {@code sum_j C_j q^j - P e^(x t_1)}, q = e^(-x h) <= 1; for x < 0:
     * {@code sum_j C_j p^(J-1-j) - P e^(x t_J)}, p = e^(x h) <= 1. Both are the present value times a
     * positive factor (e^(x t_1), e^(x t_J)).
     */
    private void evaluate(double principal, int count, int dates, double firstTime, double spacing) {
        for (int i = 0; i < count; i++) {
            int l = active[i];
            z[l] = gain[l] ? Math.exp(-x[l] * spacing) : Math.exp(x[l] * spacing);
        }
        int group = 0;
        for (; group + 8 <= count; group += 8) {
            hornerOfEight(dates, group);
        }
        for (; group < count; group += 4) { // a short last group repeats its last lane
            int last = count - 1;
            horner(dates, active[group], active[Math.min(group + 1, last)], active[Math.min(group + 2, last)],
                    active[Math.min(group + 3, last)]);
        }
        double lastTime = firstTime + (dates - 1) * spacing;
        for (int i = 0; i < count; i++) {
            int l = active[i];
            if (gain[l]) {
                double grown = Math.exp(x[l] * firstTime);
                f[l] = f[l] - principal * grown;
                df[l] = -spacing * z[l] * df[l] - principal * firstTime * grown; // dq/dx = -h q
            } else {
                double shrunk = Math.exp(x[l] * lastTime);
                f[l] = f[l] - principal * shrunk;
                df[l] = spacing * z[l] * df[l] - principal * lastTime * shrunk; // dp/dx = h p
            }
        }
    }

    /**
     * {@link #horner} of the eight lanes {@code active[from, from + 8)}: sixteen independent chains,
     * which keep the floating-point units busier than eight (on this machine's AVX-512 registers a
     * lane-date takes 0.30 ns rather than 0.45, on AVX2 0.58 rather than 0.70: docs/performance.md,
     * issue 13 fifth pass). Each chain is the one its lane would have alone.
     */
    private void hornerOfEight(int dates, int from) {
        int a = active[from];
        int b = active[from + 1];
        int c = active[from + 2];
        int d = active[from + 3];
        int e = active[from + 4];
        int g = active[from + 5];
        int h = active[from + 6];
        int k = active[from + 7];
        double[] ca = flows[a];
        double[] cb = flows[b];
        double[] cc = flows[c];
        double[] cd = flows[d];
        double[] ce = flows[e];
        double[] cg = flows[g];
        double[] ch = flows[h];
        double[] ck = flows[k];
        double za = z[a];
        double zb = z[b];
        double zc = z[c];
        double zd = z[d];
        double ze = z[e];
        double zg = z[g];
        double zh = z[h];
        double zk = z[k];
        double va = 0;
        double vb = 0;
        double vc = 0;
        double vd = 0;
        double ve = 0;
        double vg = 0;
        double vh = 0;
        double vk = 0;
        double sa = 0;
        double sb = 0;
        double sc = 0;
        double sd = 0;
        double se = 0;
        double sg = 0;
        double sh = 0;
        double sk = 0;
        int first = Math.min(Math.min(Math.min(start[a], start[b]), Math.min(start[c], start[d])),
                Math.min(Math.min(start[e], start[g]), Math.min(start[h], start[k])));
        for (int j = first; j < dates; j++) {
            sa = sa * za + va;
            va = va * za + ca[j];
            sb = sb * zb + vb;
            vb = vb * zb + cb[j];
            sc = sc * zc + vc;
            vc = vc * zc + cc[j];
            sd = sd * zd + vd;
            vd = vd * zd + cd[j];
            se = se * ze + ve;
            ve = ve * ze + ce[j];
            sg = sg * zg + vg;
            vg = vg * zg + cg[j];
            sh = sh * zh + vh;
            vh = vh * zh + ch[j];
            sk = sk * zk + vk;
            vk = vk * zk + ck[j];
        }
        f[a] = va;
        df[a] = sa;
        f[b] = vb;
        df[b] = sb;
        f[c] = vc;
        df[c] = sc;
        f[d] = vd;
        df[d] = sd;
        f[e] = ve;
        df[e] = se;
        f[g] = vg;
        df[g] = sg;
        f[h] = vh;
        df[h] = sh;
        f[k] = vk;
        df[k] = sk;
    }

    /**
     * The Horner sums of lanes a, b, c and d (f = the polynomial in z, df its derivative), each the
     * chain it would be alone: {@code slope = slope * z + value; value = value * z + C}, from the
     * first coefficient any of them needs (before its own first nonzero one a sum stays exactly +0).
     */
    private void horner(int dates, int a, int b, int c, int d) {
        double[] ca = flows[a];
        double[] cb = flows[b];
        double[] cc = flows[c];
        double[] cd = flows[d];
        double za = z[a];
        double zb = z[b];
        double zc = z[c];
        double zd = z[d];
        double va = 0;
        double vb = 0;
        double vc = 0;
        double vd = 0;
        double sa = 0;
        double sb = 0;
        double sc = 0;
        double sd = 0;
        for (int j = Math.min(Math.min(start[a], start[b]), Math.min(start[c], start[d])); j < dates; j++) {
            sa = sa * za + va;
            va = va * za + ca[j];
            sb = sb * zb + vb;
            vb = vb * zb + cb[j];
            sc = sc * zc + vc;
            vc = vc * zc + cc[j];
            sd = sd * zd + vd;
            vd = vd * zd + cd[j];
        }
        f[a] = va;
        df[a] = sa;
        f[b] = vb;
        df[b] = sb;
        f[c] = vc;
        df[c] = sc;
        f[d] = vd;
        df[d] = sd;
    }
}
